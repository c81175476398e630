/**
 * Reviewed French/English synonym groups for directory search: a buyer who types one term
 * also finds listings that use another. Both engines use this list (Meilisearch through its
 * `synonyms` setting, SQLite through query expansion). Keep groups small and unambiguous.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["traiteur", "service alimentaire", "services alimentaires", "restauration", "catering"],
  ["boîte à lunch", "boîtes à lunch", "lunch", "repas pour emporter"],
  ["récupération", "recyclage", "valorisation", "recycling"],
  ["matières résiduelles", "déchets", "waste"],
  ["entretien ménager", "nettoyage", "conciergerie", "cleaning", "janitorial"],
  ["déneigement", "enlèvement de la neige", "snow removal"],
  ["aménagement paysager", "paysagement", "landscaping"],
  ["impression", "imprimerie", "reprographie", "printing"],
  ["articles promotionnels", "objets promotionnels", "promotional items"],
  ["informatique", "TI", "technologies de l'information", "IT"],
  ["reconditionnement", "remise à neuf", "refurbishing"],
  ["déménagement", "moving"],
  ["livraison", "messagerie", "delivery", "courier"],
  ["couture", "confection", "sewing"],
  ["vêtements de travail", "uniformes", "workwear"],
  ["formation", "training"],
  ["traduction", "translation"],
  ["soutien à domicile", "aide à domicile", "home care"],
  ["mobilier", "meubles", "furniture"],
  ["événement", "événementiel", "event"],
  ["menuiserie", "ébénisterie", "carpentry"],
  ["buanderie", "blanchisserie", "laundry"],
];

/** French and English words too common to help find anything. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les",
  "leur", "ou", "par", "pour", "sa", "se", "son", "sur", "un", "une", "the", "and", "of", "for", "in", "to", "an",
]);
