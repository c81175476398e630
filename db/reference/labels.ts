/**
 * Labels, accreditations and certifications an enterprise may declare on its
 * listing. Each entry is a real, generic scheme or status that exists in Quebec
 * or internationally; the portal does not endorse anyone and does not verify
 * the claim (listings show them as declared by the enterprise).
 *
 * `code` is a stable kebab-case ASCII slug (used in URLs and search filters).
 */

export type Label = {
  code: string;
  name: { fr: string; en: string };
};

function defineLabels<const C extends string>(list: Array<Label & { code: C }>) {
  return list;
}

const labelList = defineLabels([
  {
    code: "entreprise-insertion",
    name: {
      fr: "Entreprise d'insertion reconnue",
      en: "Accredited work integration social enterprise",
    },
  },
  {
    code: "entreprise-adaptee",
    name: { fr: "Entreprise adaptée reconnue", en: "Accredited adapted enterprise" },
  },
  {
    code: "eesad",
    name: {
      fr: "Entreprise d'économie sociale en aide à domicile (EESAD)",
      en: "Social economy home-help enterprise (EESAD)",
    },
  },
  {
    code: "pole-economie-sociale",
    name: {
      fr: "Membre d'un pôle régional d'économie sociale",
      en: "Member of a regional social economy hub",
    },
  },
  {
    code: "biologique-certifie",
    name: { fr: "Produits certifiés biologiques", en: "Certified organic products" },
  },
  {
    code: "aliments-du-quebec",
    name: { fr: "Aliments du Québec", en: "Aliments du Québec (Quebec food)" },
  },
  {
    code: "commerce-equitable",
    name: { fr: "Commerce équitable certifié", en: "Certified Fair Trade" },
  },
  {
    code: "b-corp",
    name: { fr: "Certification B Corp", en: "Certified B Corporation" },
  },
  {
    code: "iso-14001",
    name: {
      fr: "ISO 14001 (management environnemental)",
      en: "ISO 14001 (environmental management)",
    },
  },
  {
    code: "iso-9001",
    name: { fr: "ISO 9001 (management de la qualité)", en: "ISO 9001 (quality management)" },
  },
  {
    code: "ecologo",
    name: { fr: "Produits certifiés ECOLOGO", en: "ECOLOGO certified products" },
  },
  {
    code: "fsc",
    name: {
      fr: "Certification FSC (bois et papier)",
      en: "FSC certification (wood and paper)",
    },
  },
  {
    code: "ici-on-recycle",
    name: { fr: "Attestation ICI on recycle +", en: "ICI on recycle + certification" },
  },
  {
    code: "ecoresponsable",
    name: { fr: "Démarche écoresponsable attestée", en: "Verified eco-responsible practices" },
  },
  {
    code: "licence-rbq",
    name: {
      fr: "Licence d'entrepreneur de la RBQ",
      en: "RBQ contractor licence",
    },
  },
]);

export type LabelCode = (typeof labelList)[number]["code"];

export const labels: readonly Label[] = labelList;
