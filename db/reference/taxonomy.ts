/**
 * Bilingual two-level category taxonomy (groups → categories) used to classify
 * what social-economy enterprises sell to Quebec public buyers.
 *
 * This is reference data, reviewed like code:
 * - `code` values are stable kebab-case ASCII slugs (in French) used in URLs;
 *   never rename one without a redirect/migration. Codes are unique across
 *   groups AND categories.
 * - `naics`: NAICS Canada 2022 sector or 3-digit subsector codes, all present in
 *   `db/reference/naics_canada_2022_sectors_subsectors.csv`.
 * - `unspsc`: UNSPSC segment (`SS000000`) or family (`SSFF0000`) codes, all present
 *   in `db/reference/unspsc_codes.csv`. UNSPSC titles are NOT openly licensed:
 *   keep only codes in this repository.
 * - `keywords`: search synonyms per language (terms a purchasing officer types).
 *
 * `tests/unit/reference/taxonomy.test.ts` checks all of the above.
 */

export type CategoryGroup = {
  code: string;
  name: { fr: string; en: string };
  description: { fr: string; en: string };
};

export type Category = {
  code: string;
  groupCode: string;
  name: { fr: string; en: string };
  keywords: { fr: string[]; en: string[] };
  naics: string[];
  unspsc: string[];
};

// Identity helpers: they only exist so TypeScript infers the literal code unions
// below (typos in `groupCode`, or a category missing from a
// `Record<CategoryCode, …>`, become compile errors).
function defineGroups<const C extends string>(list: Array<CategoryGroup & { code: C }>) {
  return list;
}

const groupList = defineGroups([
  {
    code: "alimentation",
    name: { fr: "Alimentation et services de traiteur", en: "Food and catering services" },
    description: {
      fr: "Traiteur, boîtes à lunch, cafétérias, repas pour établissements et produits de boulangerie pour les événements, le personnel et les usagers.",
      en: "Catering, boxed lunches, cafeterias, meals for institutions and bakery products for events, staff and service users.",
    },
  },
  {
    code: "entretien",
    name: {
      fr: "Entretien ménager et entretien des bâtiments",
      en: "Janitorial and building maintenance",
    },
    description: {
      fr: "Entretien ménager, désinfection, entretien des planchers, conciergerie, buanderie et produits d'entretien pour les bureaux, les écoles et les établissements de santé.",
      en: "Cleaning, disinfection, floor care, caretaking, laundry and cleaning products for offices, schools and health-care facilities.",
    },
  },
  {
    code: "impression",
    name: {
      fr: "Impression, reprographie et articles promotionnels",
      en: "Printing, reprographics and promotional items",
    },
    description: {
      fr: "Impression de documents et d'affiches, grand format et signalisation, sérigraphie, papeterie et articles promotionnels personnalisés.",
      en: "Document and poster printing, large format and signage, screen printing, stationery and custom promotional items.",
    },
  },
  {
    code: "matieres-residuelles",
    name: {
      fr: "Récupération, recyclage et gestion des matières résiduelles",
      en: "Recovery, recycling and waste management",
    },
    description: {
      fr: "Collecte sélective, compostage, déchiquetage sécurisé, réemploi, vaisselle réutilisable et sensibilisation, dans une logique d'économie circulaire.",
      en: "Recycling and organics collection, secure shredding, reuse, reusable dishware and awareness programs, with a circular-economy approach.",
    },
  },
  {
    code: "informatique",
    name: {
      fr: "Informatique, services TI et reconditionnement",
      en: "IT services and equipment refurbishing",
    },
    description: {
      fr: "Ordinateurs reconditionnés, soutien technique, développement Web, hébergement, effacement de données et accessibilité numérique.",
      en: "Refurbished computers, technical support, web development, hosting, data erasure and digital accessibility.",
    },
  },
  {
    code: "espaces-verts",
    name: {
      fr: "Aménagement paysager et entretien des espaces verts",
      en: "Landscaping and green space maintenance",
    },
    description: {
      fr: "Entretien de terrains, aménagement paysager, horticulture, arboriculture, verdissement, entretien de parcs et déneigement.",
      en: "Grounds maintenance, landscaping, horticulture, tree care, greening, park upkeep and snow removal.",
    },
  },
  {
    code: "formation-conseil",
    name: { fr: "Formation et services-conseils", en: "Training and consulting" },
    description: {
      fr: "Formation de la main-d'œuvre, santé et sécurité du travail, francisation, accompagnement en gestion et en ressources humaines, évaluation et concertation.",
      en: "Workforce training, occupational health and safety, French-language courses, management and HR advice, evaluation and facilitation.",
    },
  },
  {
    code: "services-aux-personnes",
    name: {
      fr: "Soutien à domicile et services aux personnes",
      en: "Home support and personal services",
    },
    description: {
      fr: "Aide domestique, assistance personnelle, répit, transport-accompagnement, halte-garderie, soutien psychosocial et services funéraires.",
      en: "Home help, personal assistance, respite, accompanied transportation, drop-in childcare, psychosocial support and funeral services.",
    },
  },
  {
    code: "mobilier",
    name: { fr: "Mobilier et aménagement intérieur", en: "Furniture and interior fit-out" },
    description: {
      fr: "Mobilier neuf ou reconditionné, mobilier scolaire, ébénisterie sur mesure, rembourrage, mobilier extérieur et aménagement d'espaces de travail.",
      en: "New and refurbished furniture, school furniture, custom cabinetmaking, upholstery, outdoor furniture and workplace space planning.",
    },
  },
  {
    code: "textiles",
    name: {
      fr: "Textiles, couture et vêtements de travail",
      en: "Textiles, sewing and workwear",
    },
    description: {
      fr: "Uniformes, confection à façon, retouches, linge institutionnel, rideaux, sacs réutilisables et revalorisation de textiles.",
      en: "Uniforms, contract sewing, alterations, institutional linen, curtains, reusable bags and textile upcycling.",
    },
  },
  {
    code: "transport",
    name: {
      fr: "Déménagement, livraison et transport",
      en: "Moving, delivery and transportation",
    },
    description: {
      fr: "Déménagement de bureaux, messagerie, livraison à vélo-cargo, entreposage, transport adapté, autobus nolisés et entretien de vélos.",
      en: "Office moves, courier and cargo-bike delivery, warehousing, paratransit, charter buses and bicycle maintenance.",
    },
  },
  {
    code: "evenementiel-culture",
    name: { fr: "Services événementiels et culturels", en: "Event and cultural services" },
    description: {
      fr: "Organisation d'événements, location de salles et de matériel, régie technique, spectacles, médiation culturelle et production audiovisuelle.",
      en: "Event planning, venue and equipment rental, technical production, performances, cultural mediation and audiovisual production.",
    },
  },
  {
    code: "construction",
    name: {
      fr: "Construction, rénovation et menuiserie",
      en: "Construction, renovation and carpentry",
    },
    description: {
      fr: "Rénovation résidentielle et institutionnelle, menuiserie, peinture, efficacité énergétique, déconstruction sélective et adaptation de domicile.",
      en: "Residential and institutional renovation, carpentry, painting, energy retrofits, selective deconstruction and home adaptation.",
    },
  },
  {
    code: "agroalimentaire",
    name: { fr: "Agriculture et produits locaux", en: "Agriculture and local products" },
    description: {
      fr: "Fruits et légumes, paniers biologiques, viandes, produits de l'érable et produits transformés du Québec, en circuits courts.",
      en: "Fruit and vegetables, organic baskets, meat, maple products and Quebec processed foods, through short supply chains.",
    },
  },
  {
    code: "communication",
    name: {
      fr: "Communication, design et traduction",
      en: "Communications, design and translation",
    },
    description: {
      fr: "Design graphique, rédaction, traduction, photographie, relations publiques, marketing numérique et communications accessibles.",
      en: "Graphic design, writing, translation, photography, public relations, digital marketing and accessible communications.",
    },
  },
  {
    code: "tourisme-loisirs",
    name: { fr: "Hébergement, tourisme et loisirs", en: "Accommodation, tourism and recreation" },
    description: {
      fr: "Hébergement de groupes, camps, activités de plein air, retraites de travail, visites guidées, programmation de loisirs et gestion d'installations.",
      en: "Group accommodation, camps, outdoor activities, work retreats, guided tours, recreation programming and facility operations.",
    },
  },
  {
    code: "sous-traitance",
    name: {
      fr: "Sous-traitance industrielle et services de bureau",
      en: "Contract manufacturing and back-office services",
    },
    description: {
      fr: "Assemblage, conditionnement, fabrication métallique et de palettes, numérisation, saisie de données, centre d'appels et traitement du courrier, souvent confiés à des entreprises adaptées.",
      en: "Assembly, packaging, metal and pallet fabrication, scanning, data entry, call centre and mail processing, often entrusted to adapted enterprises.",
    },
  },
]);

export type CategoryGroupCode = (typeof groupList)[number]["code"];

function defineCategories<const C extends string>(list: Array<Category & { code: C; groupCode: CategoryGroupCode }>) {
  return list;
}

const categoryList = defineCategories([
  // ── Alimentation et services de traiteur ─────────────────────────────────
  {
    code: "traiteur-evenementiel",
    groupCode: "alimentation",
    name: { fr: "Traiteur pour événements", en: "Event catering" },
    keywords: {
      fr: ["buffet", "cocktail dînatoire", "réception", "bouchées"],
      en: ["buffet", "cocktail reception", "finger food", "banquet"],
    },
    naics: ["722"],
    unspsc: ["90100000"],
  },
  {
    code: "boites-a-lunch",
    groupCode: "alimentation",
    name: { fr: "Boîtes à lunch et plateaux-repas", en: "Boxed lunches and meal trays" },
    keywords: {
      fr: ["boîtes à lunch", "plateaux-repas", "dîner de réunion", "sandwichs"],
      en: ["boxed lunch", "meal tray", "working lunch", "sandwiches"],
    },
    naics: ["722"],
    unspsc: ["90100000"],
  },
  {
    code: "cafeteria-concession",
    groupCode: "alimentation",
    name: {
      fr: "Gestion de cafétéria et concession alimentaire",
      en: "Cafeteria and food concession management",
    },
    keywords: {
      fr: ["cafétéria", "casse-croûte", "comptoir alimentaire", "service alimentaire"],
      en: ["cafeteria", "snack bar", "food service", "canteen"],
    },
    naics: ["722"],
    unspsc: ["90100000", "48100000"],
  },
  {
    code: "repas-institutionnels",
    groupCode: "alimentation",
    name: {
      fr: "Repas pour milieux de garde, écoles et résidences",
      en: "Meals for childcare centres, schools and residences",
    },
    keywords: {
      fr: ["repas scolaires", "CPE", "repas congelés", "service de garde"],
      en: ["school meals", "daycare meals", "frozen meals", "institutional food"],
    },
    naics: ["722", "311"],
    unspsc: ["90100000", "50190000"],
  },
  {
    code: "popote-roulante",
    groupCode: "alimentation",
    name: { fr: "Popote roulante et livraison de repas", en: "Meals on wheels and meal delivery" },
    keywords: {
      fr: ["popote roulante", "repas à domicile", "aînés", "repas livrés"],
      en: ["meals on wheels", "home-delivered meals", "seniors", "meal delivery"],
    },
    naics: ["624", "722"],
    unspsc: ["85150000", "90100000"],
  },
  {
    code: "boulangerie-patisserie",
    groupCode: "alimentation",
    name: { fr: "Boulangerie et pâtisserie", en: "Bakery and pastry" },
    keywords: {
      fr: ["pain", "viennoiseries", "desserts", "gâteaux"],
      en: ["bread", "pastries", "desserts", "cakes"],
    },
    naics: ["311"],
    unspsc: ["50180000"],
  },
  {
    code: "pauses-cafe",
    groupCode: "alimentation",
    name: { fr: "Café, thé et pauses-santé", en: "Coffee, tea and refreshment breaks" },
    keywords: {
      fr: ["café équitable", "pause-café", "collations", "torréfaction"],
      en: ["fair-trade coffee", "coffee break", "snacks", "coffee roasting"],
    },
    naics: ["311", "722"],
    unspsc: ["50200000", "90100000"],
  },

  // ── Entretien ménager et entretien des bâtiments ─────────────────────────
  {
    code: "entretien-menager-commercial",
    groupCode: "entretien",
    name: { fr: "Entretien ménager de bureaux et d'édifices", en: "Office and commercial cleaning" },
    keywords: {
      fr: ["ménage", "nettoyage de bureaux", "entretien quotidien", "conciergerie"],
      en: ["janitorial", "office cleaning", "custodial services", "commercial cleaning"],
    },
    naics: ["561"],
    unspsc: ["76110000"],
  },
  {
    code: "desinfection-sanitaire",
    groupCode: "entretien",
    name: { fr: "Désinfection et nettoyage sanitaire", en: "Disinfection and sanitary cleaning" },
    keywords: {
      fr: ["désinfection", "hygiène", "salubrité", "nettoyage en profondeur"],
      en: ["disinfection", "sanitation", "deep cleaning", "infection control"],
    },
    naics: ["561"],
    unspsc: ["76110000", "76100000"],
  },
  {
    code: "lavage-vitres",
    groupCode: "entretien",
    name: { fr: "Lavage de vitres et de façades", en: "Window and exterior washing" },
    keywords: {
      fr: ["vitres", "fenêtres", "façade", "lavage à pression"],
      en: ["windows", "façade", "pressure washing", "glass cleaning"],
    },
    naics: ["561"],
    unspsc: ["76110000"],
  },
  {
    code: "entretien-planchers",
    groupCode: "entretien",
    name: { fr: "Entretien et décapage des planchers", en: "Floor care and stripping" },
    keywords: {
      fr: ["décapage", "cirage", "shampoing de tapis", "polissage"],
      en: ["floor stripping", "waxing", "carpet shampooing", "floor polishing"],
    },
    naics: ["561"],
    unspsc: ["76110000", "47120000"],
  },
  {
    code: "conciergerie-batiment",
    groupCode: "entretien",
    name: { fr: "Conciergerie et menus travaux", en: "Caretaking and minor repairs" },
    keywords: {
      fr: ["concierge", "menus travaux", "entretien préventif", "préposé à l'entretien"],
      en: ["caretaker", "handyman", "minor repairs", "preventive maintenance"],
    },
    naics: ["561", "811"],
    unspsc: ["72100000"],
  },
  {
    code: "buanderie-commerciale",
    groupCode: "entretien",
    name: { fr: "Buanderie et blanchisserie", en: "Laundry and linen services" },
    keywords: {
      fr: ["buanderie", "blanchisserie", "lavage de literie", "nettoyage d'uniformes"],
      en: ["laundry", "linen service", "bedding", "uniform cleaning"],
    },
    naics: ["812"],
    unspsc: ["91110000"],
  },
  {
    code: "produits-entretien-ecologiques",
    groupCode: "entretien",
    name: { fr: "Produits d'entretien écologiques", en: "Green cleaning products" },
    keywords: {
      fr: ["savon", "nettoyant biodégradable", "vrac", "produits sanitaires"],
      en: ["soap", "biodegradable cleaner", "bulk refill", "sanitation supplies"],
    },
    naics: ["325", "418"],
    unspsc: ["47130000"],
  },

  // ── Impression, reprographie et articles promotionnels ───────────────────
  {
    code: "impression-commerciale",
    groupCode: "impression",
    name: { fr: "Impression commerciale et reliure", en: "Commercial printing and binding" },
    keywords: {
      fr: ["dépliants", "rapports annuels", "cartes professionnelles", "reliure"],
      en: ["brochures", "annual reports", "business cards", "binding"],
    },
    naics: ["323"],
    unspsc: ["82120000", "55100000"],
  },
  {
    code: "reprographie",
    groupCode: "impression",
    name: { fr: "Reprographie et photocopie", en: "Reprographics and photocopying" },
    keywords: {
      fr: ["photocopies", "impression numérique", "copies couleur", "cahiers de formation"],
      en: ["photocopying", "digital printing", "colour copies", "training binders"],
    },
    naics: ["323", "561"],
    unspsc: ["82120000"],
  },
  {
    code: "grand-format-signalisation",
    groupCode: "impression",
    name: {
      fr: "Impression grand format et signalisation",
      en: "Large-format printing and signage",
    },
    keywords: {
      fr: ["bannières", "affiches", "panneaux", "lettrage de véhicules"],
      en: ["banners", "posters", "signs", "vehicle lettering"],
    },
    naics: ["323", "339"],
    unspsc: ["55120000", "82120000"],
  },
  {
    code: "articles-promotionnels",
    groupCode: "impression",
    name: { fr: "Articles promotionnels personnalisés", en: "Custom promotional items" },
    keywords: {
      fr: ["objets promotionnels", "tasses personnalisées", "cadeaux corporatifs", "articles à l'effigie"],
      en: ["promotional products", "branded mugs", "corporate gifts", "swag"],
    },
    naics: ["339", "418"],
    unspsc: ["80140000"],
  },
  {
    code: "serigraphie-broderie",
    groupCode: "impression",
    name: { fr: "Sérigraphie et broderie", en: "Screen printing and embroidery" },
    keywords: {
      fr: ["t-shirts imprimés", "logo brodé", "sérigraphie", "marquage textile"],
      en: ["printed T-shirts", "embroidered logo", "screen printing", "garment decoration"],
    },
    naics: ["323", "314"],
    unspsc: ["82120000", "53100000"],
  },
  {
    code: "papeterie-fournitures",
    groupCode: "impression",
    name: { fr: "Papeterie et fournitures de bureau", en: "Stationery and office supplies" },
    keywords: {
      fr: ["papier recyclé", "cahiers", "enveloppes", "fournitures scolaires"],
      en: ["recycled paper", "notebooks", "envelopes", "school supplies"],
    },
    naics: ["418", "459"],
    unspsc: ["44120000", "14110000"],
  },

  // ── Récupération, recyclage et gestion des matières résiduelles ──────────
  {
    code: "collecte-recyclage",
    groupCode: "matieres-residuelles",
    name: { fr: "Collecte des matières recyclables", en: "Recycling collection" },
    keywords: {
      fr: ["bacs bleus", "collecte sélective", "carton", "tri à la source"],
      en: ["blue bins", "recycling pickup", "cardboard", "source separation"],
    },
    naics: ["562"],
    unspsc: ["76120000"],
  },
  {
    code: "compostage-organiques",
    groupCode: "matieres-residuelles",
    name: {
      fr: "Collecte et compostage des matières organiques",
      en: "Organics collection and composting",
    },
    keywords: {
      fr: ["bacs bruns", "compost", "résidus alimentaires", "compostage"],
      en: ["green bins", "compost", "food waste", "composting"],
    },
    naics: ["562"],
    unspsc: ["76120000", "10170000"],
  },
  {
    code: "dechiquetage-securise",
    groupCode: "matieres-residuelles",
    name: { fr: "Déchiquetage sécurisé de documents", en: "Secure document shredding" },
    keywords: {
      fr: ["destruction de documents", "confidentialité", "déchiquetage", "certificat de destruction"],
      en: ["document destruction", "confidential shredding", "shredding bins", "certificate of destruction"],
    },
    naics: ["561", "562"],
    unspsc: ["76120000", "80160000"],
  },
  {
    code: "recuperation-electronique",
    groupCode: "matieres-residuelles",
    name: {
      fr: "Récupération de matériel électronique",
      en: "Electronics recovery and recycling",
    },
    keywords: {
      fr: ["déchets électroniques", "ordinateurs désuets", "cellulaires", "produits en fin de vie"],
      en: ["e-waste", "old computers", "cell phones", "end-of-life electronics"],
    },
    naics: ["562"],
    unspsc: ["76120000", "11140000"],
  },
  {
    code: "ressourcerie-reemploi",
    groupCode: "matieres-residuelles",
    name: { fr: "Ressourcerie et réemploi", en: "Reuse centre and second-hand goods" },
    keywords: {
      fr: ["objets usagés", "seconde main", "friperie", "réemploi"],
      en: ["used goods", "second-hand", "thrift", "reuse"],
    },
    naics: ["459", "562"],
    unspsc: ["76120000"],
  },
  {
    code: "vaisselle-reutilisable",
    groupCode: "matieres-residuelles",
    name: {
      fr: "Location et lavage de vaisselle réutilisable",
      en: "Reusable dishware rental and washing",
    },
    keywords: {
      fr: ["zéro déchet", "verres réutilisables", "vaisselle consignée", "événement écoresponsable"],
      en: ["zero waste", "reusable cups", "returnable dishware", "green events"],
    },
    naics: ["532", "562"],
    unspsc: ["48100000", "52150000"],
  },
  {
    code: "ecoconseil-sensibilisation",
    groupCode: "matieres-residuelles",
    name: {
      fr: "Écoconseil et sensibilisation environnementale",
      en: "Eco-advice and environmental outreach",
    },
    keywords: {
      fr: ["sensibilisation", "patrouille verte", "caractérisation des déchets", "écoconseil"],
      en: ["outreach", "green patrol", "waste audit", "awareness campaign"],
    },
    naics: ["541"],
    unspsc: ["77100000"],
  },

  // ── Informatique, services TI et reconditionnement ───────────────────────
  {
    code: "reconditionnement-ordinateurs",
    groupCode: "informatique",
    name: { fr: "Ordinateurs reconditionnés", en: "Refurbished computers" },
    keywords: {
      fr: ["portables reconditionnés", "postes de travail", "matériel remis à neuf", "garantie"],
      en: ["refurbished laptops", "desktops", "renewed hardware", "warranty"],
    },
    naics: ["417", "811"],
    unspsc: ["43210000"],
  },
  {
    code: "soutien-technique-ti",
    groupCode: "informatique",
    name: { fr: "Soutien technique et dépannage informatique", en: "IT support and helpdesk" },
    keywords: {
      fr: ["dépannage", "centre d'assistance", "soutien aux utilisateurs", "parc informatique"],
      en: ["troubleshooting", "helpdesk", "user support", "managed IT"],
    },
    naics: ["541"],
    unspsc: ["81110000", "81160000"],
  },
  {
    code: "developpement-web",
    groupCode: "informatique",
    name: { fr: "Développement Web et logiciel", en: "Web and software development" },
    keywords: {
      fr: ["site Web", "application", "logiciel libre", "WordPress"],
      en: ["website", "app", "open-source software", "WordPress"],
    },
    naics: ["541"],
    unspsc: ["81110000", "43230000"],
  },
  {
    code: "hebergement-infonuagique",
    groupCode: "informatique",
    name: { fr: "Hébergement Web et infonuagique", en: "Web hosting and cloud services" },
    keywords: {
      fr: ["serveur", "nuage", "sauvegarde", "hébergement au Québec"],
      en: ["server", "cloud", "backup", "Canadian data residency"],
    },
    naics: ["518"],
    unspsc: ["81110000", "81160000"],
  },
  {
    code: "effacement-donnees",
    groupCode: "informatique",
    name: { fr: "Effacement sécurisé des données", en: "Secure data erasure" },
    keywords: {
      fr: ["effacement", "disques durs", "destruction de supports", "certificat d'effacement"],
      en: ["data wiping", "hard drives", "media destruction", "erasure certificate"],
    },
    naics: ["541", "562"],
    unspsc: ["81110000"],
  },
  {
    code: "accessibilite-numerique",
    groupCode: "informatique",
    name: { fr: "Accessibilité numérique", en: "Digital accessibility" },
    keywords: {
      fr: ["WCAG", "SGQRI 008", "audit d'accessibilité", "tests utilisateurs"],
      en: ["WCAG", "accessibility audit", "user testing", "screen reader"],
    },
    naics: ["541"],
    unspsc: ["81110000"],
  },
  {
    code: "cablage-reseaux",
    groupCode: "informatique",
    name: { fr: "Câblage et installation de réseaux", en: "Network cabling and installation" },
    keywords: {
      fr: ["câblage structuré", "Wi-Fi", "réseau", "télécommunications"],
      en: ["structured cabling", "Wi-Fi", "networking", "telecom"],
    },
    naics: ["238", "517"],
    unspsc: ["43220000", "72150000"],
  },

  // ── Aménagement paysager et entretien des espaces verts ──────────────────
  {
    code: "entretien-terrains",
    groupCode: "espaces-verts",
    name: { fr: "Tonte et entretien de terrains", en: "Lawn mowing and grounds maintenance" },
    keywords: {
      fr: ["tonte de gazon", "pelouse", "débroussaillage", "nettoyage printanier"],
      en: ["lawn mowing", "grass", "brush clearing", "spring clean-up"],
    },
    naics: ["561"],
    unspsc: ["70110000"],
  },
  {
    code: "amenagement-paysager",
    groupCode: "espaces-verts",
    name: { fr: "Aménagement paysager", en: "Landscape design and installation" },
    keywords: {
      fr: ["plan d'aménagement", "pavé", "muret", "plantation"],
      en: ["landscape design", "paving stones", "retaining wall", "planting"],
    },
    naics: ["561"],
    unspsc: ["70110000", "30120000"],
  },
  {
    code: "horticulture-platebandes",
    groupCode: "espaces-verts",
    name: {
      fr: "Entretien horticole et plates-bandes",
      en: "Horticultural and flower-bed maintenance",
    },
    keywords: {
      fr: ["plates-bandes", "fleurs annuelles", "désherbage", "paillis"],
      en: ["flower beds", "annuals", "weeding", "mulch"],
    },
    naics: ["561"],
    unspsc: ["70110000", "10160000"],
  },
  {
    code: "arboriculture-elagage",
    groupCode: "espaces-verts",
    name: { fr: "Arboriculture et élagage", en: "Tree care and pruning" },
    keywords: {
      fr: ["élagage", "abattage", "frênes", "agrile du frêne"],
      en: ["pruning", "tree removal", "ash trees", "emerald ash borer"],
    },
    naics: ["561", "115"],
    unspsc: ["70110000", "70150000"],
  },
  {
    code: "verdissement-plantation",
    groupCode: "espaces-verts",
    name: { fr: "Verdissement et plantation d'arbres", en: "Greening and tree planting" },
    keywords: {
      fr: ["îlots de chaleur", "plantation d'arbres", "canopée", "ruelles vertes"],
      en: ["heat islands", "tree planting", "urban canopy", "green alleys"],
    },
    naics: ["561", "115"],
    unspsc: ["70110000", "10150000"],
  },
  {
    code: "deneigement",
    groupCode: "espaces-verts",
    name: { fr: "Déneigement et entretien hivernal", en: "Snow removal and winter maintenance" },
    keywords: {
      fr: ["déneigement", "déglaçage", "abrasifs", "pelletage de toitures"],
      en: ["snow clearing", "de-icing", "sanding", "roof shovelling"],
    },
    naics: ["561"],
    unspsc: ["72100000"],
  },
  {
    code: "entretien-parcs-sentiers",
    groupCode: "espaces-verts",
    name: {
      fr: "Entretien de parcs, sentiers et milieux naturels",
      en: "Park, trail and natural area maintenance",
    },
    keywords: {
      fr: ["sentiers", "parcs", "espèces envahissantes", "bandes riveraines"],
      en: ["trails", "parks", "invasive species", "shoreline restoration"],
    },
    naics: ["561", "712"],
    unspsc: ["70110000", "77110000"],
  },

  // ── Formation et services-conseils ───────────────────────────────────────
  {
    code: "formation-sst",
    groupCode: "formation-conseil",
    name: {
      fr: "Formation en santé et sécurité du travail et secourisme",
      en: "Occupational health and safety and first-aid training",
    },
    keywords: {
      fr: ["SST", "secourisme", "premiers soins", "SIMDUT"],
      en: ["OHS", "first aid", "CPR", "WHMIS"],
    },
    naics: ["611"],
    unspsc: ["86100000", "46210000"],
  },
  {
    code: "mutuelle-prevention",
    groupCode: "formation-conseil",
    name: { fr: "Mutuelle de prévention en SST", en: "OHS prevention mutual" },
    keywords: {
      fr: ["CNESST", "mutuelle de prévention", "prévention des lésions", "cotisation"],
      en: ["CNESST", "prevention mutual", "injury prevention", "premium savings"],
    },
    naics: ["524", "541"],
    unspsc: ["84130000", "80100000"],
  },
  {
    code: "francisation",
    groupCode: "formation-conseil",
    name: { fr: "Francisation et formation linguistique", en: "French-language and language training" },
    keywords: {
      fr: ["cours de français", "francisation en entreprise", "cours d'anglais", "alphabétisation"],
      en: ["French classes", "workplace French", "English classes", "literacy"],
    },
    naics: ["611"],
    unspsc: ["86110000"],
  },
  {
    code: "litteratie-numerique",
    groupCode: "formation-conseil",
    name: { fr: "Formation en littératie numérique", en: "Digital literacy training" },
    keywords: {
      fr: ["compétences numériques", "bureautique", "cybersécurité", "aînés branchés"],
      en: ["digital skills", "office software", "cybersecurity awareness", "seniors online"],
    },
    naics: ["611"],
    unspsc: ["86100000", "86110000"],
  },
  {
    code: "conseil-gestion",
    groupCode: "formation-conseil",
    name: {
      fr: "Services-conseils en gestion et gouvernance",
      en: "Management and governance consulting",
    },
    keywords: {
      fr: ["planification stratégique", "gouvernance", "plan d'affaires", "entreprise collective"],
      en: ["strategic planning", "governance", "business plan", "co-op start-up"],
    },
    naics: ["541"],
    unspsc: ["80100000"],
  },
  {
    code: "conseil-ressources-humaines",
    groupCode: "formation-conseil",
    name: { fr: "Services-conseils en ressources humaines", en: "Human resources consulting" },
    keywords: {
      fr: ["recrutement", "dotation", "équité salariale", "climat de travail"],
      en: ["recruitment", "staffing", "pay equity", "workplace climate"],
    },
    naics: ["541", "561"],
    unspsc: ["80110000"],
  },
  {
    code: "evaluation-recherche",
    groupCode: "formation-conseil",
    name: {
      fr: "Évaluation de programmes et recherche sociale",
      en: "Program evaluation and social research",
    },
    keywords: {
      fr: ["sondage", "groupe de discussion", "étude de besoins", "indicateurs d'impact"],
      en: ["survey", "focus group", "needs assessment", "impact indicators"],
    },
    naics: ["541"],
    unspsc: ["80100000", "81130000"],
  },
  {
    code: "animation-concertation",
    groupCode: "formation-conseil",
    name: {
      fr: "Animation de consultations et concertation",
      en: "Public consultation and facilitation",
    },
    keywords: {
      fr: ["consultation publique", "animation", "concertation", "participation citoyenne"],
      en: ["public consultation", "facilitation", "stakeholder engagement", "citizen participation"],
    },
    naics: ["541"],
    unspsc: ["80100000", "93140000"],
  },
  {
    code: "accompagnement-habitation",
    groupCode: "formation-conseil",
    name: {
      fr: "Accompagnement de projets d'habitation communautaire",
      en: "Community housing project development",
    },
    keywords: {
      fr: ["GRT", "logement social", "coopérative d'habitation", "logement abordable"],
      en: ["technical resource group", "social housing", "housing co-op", "affordable housing"],
    },
    naics: ["541", "531"],
    unspsc: ["80130000", "80100000"],
  },

  // ── Soutien à domicile et services aux personnes ─────────────────────────
  {
    code: "aide-domestique",
    groupCode: "services-aux-personnes",
    name: { fr: "Aide domestique", en: "Home help (housekeeping)" },
    keywords: {
      fr: ["entretien ménager résidentiel", "préparation de repas", "courses", "lessive"],
      en: ["residential housekeeping", "meal preparation", "errands", "laundry"],
    },
    naics: ["624"],
    unspsc: ["91110000"],
  },
  {
    code: "assistance-personnelle",
    groupCode: "services-aux-personnes",
    name: { fr: "Assistance personnelle à domicile", en: "In-home personal assistance" },
    keywords: {
      fr: ["soins d'hygiène", "aide au bain", "soutien à domicile", "préposé aux bénéficiaires"],
      en: ["personal care", "bathing assistance", "home support", "personal support worker"],
    },
    naics: ["624", "621"],
    unspsc: ["91110000", "85100000"],
  },
  {
    code: "repit-proches-aidants",
    groupCode: "services-aux-personnes",
    name: { fr: "Répit et soutien aux proches aidants", en: "Respite and caregiver support" },
    keywords: {
      fr: ["répit", "gardiennage", "proches aidants", "présence-surveillance"],
      en: ["respite", "sitting service", "caregivers", "companion care"],
    },
    naics: ["624"],
    unspsc: ["93140000", "91110000"],
  },
  {
    code: "transport-accompagnement",
    groupCode: "services-aux-personnes",
    name: { fr: "Transport-accompagnement", en: "Accompanied transportation" },
    keywords: {
      fr: ["rendez-vous médicaux", "accompagnement", "chauffeurs bénévoles", "transport d'aînés"],
      en: ["medical appointments", "escort service", "volunteer drivers", "seniors' transportation"],
    },
    naics: ["485", "624"],
    unspsc: ["78110000"],
  },
  {
    code: "halte-garderie",
    groupCode: "services-aux-personnes",
    name: { fr: "Halte-garderie et garde ponctuelle", en: "Drop-in and occasional childcare" },
    keywords: {
      fr: ["halte-garderie", "garde d'enfants", "événement familial", "animation jeunesse"],
      en: ["drop-in daycare", "childminding", "family event", "kids' activities"],
    },
    naics: ["624"],
    unspsc: ["91110000", "93140000"],
  },
  {
    code: "soutien-psychosocial",
    groupCode: "services-aux-personnes",
    name: {
      fr: "Intervention psychosociale et soutien communautaire",
      en: "Psychosocial and community support",
    },
    keywords: {
      fr: ["intervention de milieu", "travail de rue", "soutien communautaire en logement", "médiation"],
      en: ["outreach work", "street work", "supportive housing", "mediation"],
    },
    naics: ["624"],
    unspsc: ["93140000"],
  },
  {
    code: "services-funeraires",
    groupCode: "services-aux-personnes",
    name: { fr: "Services funéraires", en: "Funeral services" },
    keywords: {
      fr: ["coopérative funéraire", "préarrangements", "crémation", "salle de recueillement"],
      en: ["funeral co-op", "pre-arrangements", "cremation", "memorial room"],
    },
    naics: ["812"],
    unspsc: ["85170000", "48130000"],
  },

  // ── Mobilier et aménagement intérieur ────────────────────────────────────
  {
    code: "mobilier-bureau",
    groupCode: "mobilier",
    name: { fr: "Mobilier de bureau", en: "Office furniture" },
    keywords: {
      fr: ["bureaux", "chaises ergonomiques", "classeurs", "postes de travail"],
      en: ["desks", "ergonomic chairs", "filing cabinets", "workstations"],
    },
    naics: ["337"],
    unspsc: ["56110000"],
  },
  {
    code: "mobilier-reconditionne",
    groupCode: "mobilier",
    name: { fr: "Mobilier reconditionné", en: "Refurbished furniture" },
    keywords: {
      fr: ["meubles usagés", "remis à neuf", "réemploi", "économie circulaire"],
      en: ["used furniture", "refurbished", "reuse", "circular economy"],
    },
    naics: ["337", "811"],
    unspsc: ["56110000", "56100000"],
  },
  {
    code: "mobilier-scolaire",
    groupCode: "mobilier",
    name: { fr: "Mobilier scolaire et institutionnel", en: "School and institutional furniture" },
    keywords: {
      fr: ["pupitres", "bibliothèques", "mobilier de CPE", "tables de classe"],
      en: ["student desks", "bookcases", "daycare furniture", "classroom tables"],
    },
    naics: ["337"],
    unspsc: ["56120000"],
  },
  {
    code: "ebenisterie-sur-mesure",
    groupCode: "mobilier",
    name: { fr: "Ébénisterie sur mesure", en: "Custom cabinetmaking" },
    keywords: {
      fr: ["comptoirs", "armoires", "bois massif", "présentoirs"],
      en: ["counters", "cabinets", "solid wood", "display units"],
    },
    naics: ["337", "321"],
    unspsc: ["56100000", "56130000"],
  },
  {
    code: "rembourrage-reparation",
    groupCode: "mobilier",
    name: { fr: "Rembourrage et réparation de meubles", en: "Upholstery and furniture repair" },
    keywords: {
      fr: ["rembourrage", "recouvrement de chaises", "réparation de meubles", "mousse"],
      en: ["upholstery", "chair recovering", "furniture repair", "foam replacement"],
    },
    naics: ["811"],
    unspsc: ["56100000", "56110000"],
  },
  {
    code: "mobilier-exterieur",
    groupCode: "mobilier",
    name: { fr: "Mobilier extérieur et urbain", en: "Outdoor and site furniture" },
    keywords: {
      fr: ["bancs de parc", "tables à pique-nique", "bacs de plantation", "supports à vélos"],
      en: ["park benches", "picnic tables", "planters", "bike racks"],
    },
    naics: ["321", "337"],
    unspsc: ["56100000"],
  },
  {
    code: "amenagement-espaces",
    groupCode: "mobilier",
    name: { fr: "Aménagement d'espaces de travail", en: "Workplace space planning" },
    keywords: {
      fr: ["plan d'aménagement", "cloisons", "ergonomie", "design intérieur"],
      en: ["space planning", "partitions", "ergonomics", "interior design"],
    },
    naics: ["541", "238"],
    unspsc: ["56110000", "30160000"],
  },

  // ── Textiles, couture et vêtements de travail ────────────────────────────
  {
    code: "vetements-travail",
    groupCode: "textiles",
    name: { fr: "Vêtements de travail et uniformes", en: "Workwear and uniforms" },
    keywords: {
      fr: ["uniformes", "sarraus", "vêtements haute visibilité", "EPI"],
      en: ["uniforms", "lab coats", "high-visibility clothing", "PPE"],
    },
    naics: ["315"],
    unspsc: ["53100000", "46180000"],
  },
  {
    code: "confection-facon",
    groupCode: "textiles",
    name: { fr: "Confection à façon", en: "Contract sewing" },
    keywords: {
      fr: ["couture industrielle", "sous-traitance", "petites séries", "prototypes"],
      en: ["industrial sewing", "cut and sew", "small runs", "prototypes"],
    },
    naics: ["315", "314"],
    unspsc: ["73140000"],
  },
  {
    code: "retouches-reparations",
    groupCode: "textiles",
    name: { fr: "Retouches et réparation de vêtements", en: "Alterations and garment repair" },
    keywords: {
      fr: ["retouches", "ourlets", "raccommodage", "ajustement"],
      en: ["alterations", "hemming", "mending", "fitting"],
    },
    naics: ["811"],
    unspsc: ["73140000", "53100000"],
  },
  {
    code: "linge-institutionnel",
    groupCode: "textiles",
    name: { fr: "Linge institutionnel", en: "Institutional linen" },
    keywords: {
      fr: ["draps", "serviettes", "jaquettes d'hôpital", "débarbouillettes"],
      en: ["bed sheets", "towels", "hospital gowns", "washcloths"],
    },
    naics: ["314"],
    unspsc: ["52120000", "42130000"],
  },
  {
    code: "rideaux-stores",
    groupCode: "textiles",
    name: {
      fr: "Rideaux, stores et habillage de fenêtres",
      en: "Curtains, blinds and window treatments",
    },
    keywords: {
      fr: ["rideaux", "stores", "toiles", "rideaux d'intimité"],
      en: ["curtains", "blinds", "shades", "privacy curtains"],
    },
    naics: ["314"],
    unspsc: ["52130000"],
  },
  {
    code: "sacs-reutilisables",
    groupCode: "textiles",
    name: {
      fr: "Sacs réutilisables et textiles promotionnels",
      en: "Reusable bags and promotional textiles",
    },
    keywords: {
      fr: ["sacs d'épicerie", "sacs fourre-tout", "tabliers", "tissu recyclé"],
      en: ["grocery bags", "tote bags", "aprons", "recycled fabric"],
    },
    naics: ["314"],
    unspsc: ["53120000"],
  },
  {
    code: "revalorisation-textile",
    groupCode: "textiles",
    name: { fr: "Récupération et revalorisation textile", en: "Textile recovery and upcycling" },
    keywords: {
      fr: ["surcyclage", "tissus récupérés", "friperie", "collecte de vêtements"],
      en: ["upcycling", "reclaimed fabric", "thrift", "clothing collection"],
    },
    naics: ["314", "562"],
    unspsc: ["11140000", "73140000"],
  },

  // ── Déménagement, livraison et transport ─────────────────────────────────
  {
    code: "demenagement",
    groupCode: "transport",
    name: { fr: "Déménagement de bureaux et d'établissements", en: "Office and institutional moving" },
    keywords: {
      fr: ["déménageurs", "boîtes de déménagement", "relocalisation", "manutention"],
      en: ["movers", "moving boxes", "relocation", "handling"],
    },
    naics: ["484"],
    unspsc: ["78100000", "78120000"],
  },
  {
    code: "livraison-messagerie",
    groupCode: "transport",
    name: { fr: "Livraison locale et messagerie", en: "Local delivery and courier" },
    keywords: {
      fr: ["messagerie", "livraison le jour même", "courrier interne", "colis"],
      en: ["courier", "same-day delivery", "interoffice mail", "parcels"],
    },
    naics: ["492"],
    unspsc: ["78100000"],
  },
  {
    code: "livraison-velo-cargo",
    groupCode: "transport",
    name: { fr: "Livraison à vélo-cargo", en: "Cargo-bike delivery" },
    keywords: {
      fr: ["vélo-cargo", "dernier kilomètre", "livraison écologique", "zéro émission"],
      en: ["cargo bike", "last mile", "green delivery", "zero emission"],
    },
    naics: ["492"],
    unspsc: ["78100000"],
  },
  {
    code: "entreposage",
    groupCode: "transport",
    name: { fr: "Entreposage et gestion d'inventaire", en: "Warehousing and inventory management" },
    keywords: {
      fr: ["entrepôt", "inventaire", "entreposage d'archives", "préparation de commandes"],
      en: ["warehouse", "inventory", "records storage", "order picking"],
    },
    naics: ["493"],
    unspsc: ["78130000"],
  },
  {
    code: "transport-adapte",
    groupCode: "transport",
    name: { fr: "Transport adapté et collectif", en: "Paratransit and community transportation" },
    keywords: {
      fr: ["transport adapté", "fauteuil roulant", "transport collectif régional", "minibus"],
      en: ["paratransit", "wheelchair accessible", "regional transit", "minibus"],
    },
    naics: ["485"],
    unspsc: ["78110000"],
  },
  {
    code: "transport-nolise",
    groupCode: "transport",
    name: { fr: "Autobus nolisés et transport de groupes", en: "Charter buses and group transportation" },
    keywords: {
      fr: ["autobus scolaire", "nolisement", "sorties de groupe", "navette"],
      en: ["school bus", "charter", "group outings", "shuttle"],
    },
    naics: ["485"],
    unspsc: ["78110000"],
  },
  {
    code: "entretien-velos",
    groupCode: "transport",
    name: {
      fr: "Réparation de vélos et entretien de flottes",
      en: "Bicycle repair and fleet maintenance",
    },
    keywords: {
      fr: ["atelier de vélo", "mise au point", "vélos en libre-service", "flotte de vélos"],
      en: ["bike shop", "tune-up", "bike share", "bike fleet"],
    },
    naics: ["811"],
    unspsc: ["78180000", "25160000"],
  },

  // ── Services événementiels et culturels ──────────────────────────────────
  {
    code: "organisation-evenements",
    groupCode: "evenementiel-culture",
    name: { fr: "Organisation d'événements et de congrès", en: "Event and conference planning" },
    keywords: {
      fr: ["colloque", "congrès", "logistique d'événement", "inscriptions"],
      en: ["symposium", "conference", "event logistics", "registration"],
    },
    naics: ["561"],
    unspsc: ["80140000", "90110000"],
  },
  {
    code: "location-salles",
    groupCode: "evenementiel-culture",
    name: { fr: "Location de salles", en: "Venue and meeting room rental" },
    keywords: {
      fr: ["salle de réunion", "salle de spectacle", "salle de réception", "visioconférence"],
      en: ["meeting room", "theatre", "reception hall", "videoconferencing"],
    },
    naics: ["531", "711"],
    unspsc: ["90110000"],
  },
  {
    code: "regie-technique",
    groupCode: "evenementiel-culture",
    name: {
      fr: "Sonorisation, éclairage et régie technique",
      en: "Sound, lighting and technical production",
    },
    keywords: {
      fr: ["sonorisation", "éclairage", "régie", "scène mobile"],
      en: ["sound system", "lighting", "stage management", "mobile stage"],
    },
    naics: ["711", "532"],
    unspsc: ["82160000", "45110000"],
  },
  {
    code: "spectacles-animation",
    groupCode: "evenementiel-culture",
    name: { fr: "Spectacles et animation", en: "Performances and entertainment" },
    keywords: {
      fr: ["spectacle", "animation", "musiciens", "conteur"],
      en: ["show", "entertainment", "musicians", "storyteller"],
    },
    naics: ["711"],
    unspsc: ["90130000", "82150000"],
  },
  {
    code: "mediation-culturelle",
    groupCode: "evenementiel-culture",
    name: {
      fr: "Médiation culturelle et ateliers artistiques",
      en: "Cultural mediation and art workshops",
    },
    keywords: {
      fr: ["médiation culturelle", "ateliers d'art", "art communautaire", "patrimoine"],
      en: ["cultural mediation", "art workshops", "community art", "heritage"],
    },
    naics: ["711", "712"],
    unspsc: ["82150000", "90130000"],
  },
  {
    code: "production-audiovisuelle",
    groupCode: "evenementiel-culture",
    name: { fr: "Production vidéo et audiovisuelle", en: "Video and audiovisual production" },
    keywords: {
      fr: ["vidéo", "captation", "webdiffusion", "balado"],
      en: ["video", "event recording", "livestream", "podcast"],
    },
    naics: ["512"],
    unspsc: ["82160000", "82130000"],
  },
  {
    code: "location-materiel-evenementiel",
    groupCode: "evenementiel-culture",
    name: { fr: "Location de matériel événementiel", en: "Event equipment rental" },
    keywords: {
      fr: ["chapiteaux", "tables", "chaises", "clôtures"],
      en: ["tents", "tables", "chairs", "crowd barriers"],
    },
    naics: ["532"],
    unspsc: ["90150000", "49120000"],
  },

  // ── Construction, rénovation et menuiserie ───────────────────────────────
  {
    code: "renovation-residentielle",
    groupCode: "construction",
    name: { fr: "Rénovation résidentielle", en: "Residential renovation" },
    keywords: {
      fr: ["logement social", "rénovation de logements", "salle de bain", "cuisine"],
      en: ["social housing", "apartment renovation", "bathroom", "kitchen"],
    },
    naics: ["236"],
    unspsc: ["72110000"],
  },
  {
    code: "renovation-institutionnelle",
    groupCode: "construction",
    name: {
      fr: "Rénovation commerciale et institutionnelle",
      en: "Commercial and institutional renovation",
    },
    keywords: {
      fr: ["réaménagement", "école", "bureaux", "entrepreneur général"],
      en: ["fit-out", "school", "offices", "general contractor"],
    },
    naics: ["236"],
    unspsc: ["72120000"],
  },
  {
    code: "menuiserie-charpenterie",
    groupCode: "construction",
    name: { fr: "Menuiserie et charpenterie", en: "Carpentry and framing" },
    keywords: {
      fr: ["charpente", "finition intérieure", "galerie", "escaliers"],
      en: ["framing", "finish carpentry", "deck", "stairs"],
    },
    naics: ["238", "321"],
    unspsc: ["72150000", "30130000"],
  },
  {
    code: "peinture",
    groupCode: "construction",
    name: { fr: "Peinture intérieure et extérieure", en: "Interior and exterior painting" },
    keywords: {
      fr: ["peintre", "teinture", "peinture recyclée", "réparation de gypse"],
      en: ["painter", "staining", "recycled paint", "drywall repair"],
    },
    naics: ["238"],
    unspsc: ["72150000", "31210000"],
  },
  {
    code: "efficacite-energetique",
    groupCode: "construction",
    name: { fr: "Efficacité énergétique et isolation", en: "Energy efficiency and insulation" },
    keywords: {
      fr: ["isolation", "calfeutrage", "étanchéité à l'air", "rénovation écoénergétique"],
      en: ["insulation", "weatherstripping", "air sealing", "energy retrofit"],
    },
    naics: ["238"],
    unspsc: ["72150000", "30140000"],
  },
  {
    code: "deconstruction-selective",
    groupCode: "construction",
    name: {
      fr: "Déconstruction sélective et démolition",
      en: "Selective deconstruction and demolition",
    },
    keywords: {
      fr: ["démolition", "récupération de matériaux", "démantèlement", "tri des débris"],
      en: ["demolition", "salvaged materials", "dismantling", "debris sorting"],
    },
    naics: ["238", "562"],
    unspsc: ["72150000", "11140000"],
  },
  {
    code: "adaptation-domicile",
    groupCode: "construction",
    name: { fr: "Adaptation de domicile et accessibilité", en: "Home adaptation and accessibility" },
    keywords: {
      fr: ["rampe d'accès", "barres d'appui", "accessibilité universelle", "salle de bain adaptée"],
      en: ["access ramp", "grab bars", "universal design", "accessible bathroom"],
    },
    naics: ["236", "238"],
    unspsc: ["72110000", "42210000"],
  },

  // ── Agriculture et produits locaux ───────────────────────────────────────
  {
    code: "fruits-legumes",
    groupCode: "agroalimentaire",
    name: { fr: "Fruits et légumes frais du Québec", en: "Fresh Quebec fruits and vegetables" },
    keywords: {
      fr: ["légumes de saison", "petits fruits", "pommes", "légumes de serre"],
      en: ["seasonal vegetables", "berries", "apples", "greenhouse produce"],
    },
    naics: ["111"],
    unspsc: ["50400000", "50300000"],
  },
  {
    code: "paniers-bio",
    groupCode: "agroalimentaire",
    name: {
      fr: "Paniers biologiques et agriculture soutenue par la communauté",
      en: "Organic baskets and community-supported agriculture",
    },
    keywords: {
      fr: ["ASC", "paniers bio", "fermier de famille", "abonnement"],
      en: ["CSA", "organic box", "family farmer", "subscription"],
    },
    naics: ["111"],
    unspsc: ["50410000", "50310000"],
  },
  {
    code: "produits-transformes",
    groupCode: "agroalimentaire",
    name: { fr: "Produits transformés du terroir", en: "Local processed foods" },
    keywords: {
      fr: ["conserves", "confitures", "soupes", "sauces"],
      en: ["preserves", "jams", "soups", "sauces"],
    },
    naics: ["311"],
    unspsc: ["50190000", "50460000"],
  },
  {
    code: "viandes-oeufs",
    groupCode: "agroalimentaire",
    name: { fr: "Viandes, volailles et œufs", en: "Meat, poultry and eggs" },
    keywords: {
      fr: ["bœuf", "poulet", "œufs frais", "charcuteries"],
      en: ["beef", "chicken", "fresh eggs", "deli meats"],
    },
    naics: ["112", "311"],
    unspsc: ["50110000", "50130000"],
  },
  {
    code: "erable-miel",
    groupCode: "agroalimentaire",
    name: { fr: "Produits de l'érable et miel", en: "Maple products and honey" },
    keywords: {
      fr: ["sirop d'érable", "tire d'érable", "miel", "beurre d'érable"],
      en: ["maple syrup", "maple taffy", "honey", "maple butter"],
    },
    naics: ["111", "311"],
    unspsc: ["50160000"],
  },
  {
    code: "distribution-circuits-courts",
    groupCode: "agroalimentaire",
    name: {
      fr: "Distribution alimentaire en circuits courts",
      en: "Short-supply-chain food distribution",
    },
    keywords: {
      fr: ["circuit court", "distributeur local", "marché public", "carrefour alimentaire"],
      en: ["short supply chain", "local distributor", "farmers' market", "food hub"],
    },
    naics: ["413"],
    unspsc: ["50000000", "78100000"],
  },
  {
    code: "agriculture-urbaine",
    groupCode: "agroalimentaire",
    name: {
      fr: "Agriculture urbaine et jardins collectifs",
      en: "Urban agriculture and community gardens",
    },
    keywords: {
      fr: ["jardins collectifs", "potagers", "toits verts", "serre urbaine"],
      en: ["community gardens", "vegetable gardens", "green roofs", "urban greenhouse"],
    },
    naics: ["111", "561"],
    unspsc: ["70140000", "70110000"],
  },

  // ── Communication, design et traduction ──────────────────────────────────
  {
    code: "design-graphique",
    groupCode: "communication",
    name: { fr: "Design graphique et identité visuelle", en: "Graphic design and branding" },
    keywords: {
      fr: ["logo", "mise en page", "infographie", "image de marque"],
      en: ["logo", "layout", "infographics", "branding"],
    },
    naics: ["541"],
    unspsc: ["82140000"],
  },
  {
    code: "traduction-redaction",
    groupCode: "communication",
    name: { fr: "Traduction, rédaction et révision", en: "Translation, writing and editing" },
    keywords: {
      fr: ["traduction", "révision linguistique", "langage clair", "rédaction"],
      en: ["translation", "copy editing", "plain language", "copywriting"],
    },
    naics: ["541"],
    unspsc: ["82110000"],
  },
  {
    code: "photographie",
    groupCode: "communication",
    name: { fr: "Photographie", en: "Photography" },
    keywords: {
      fr: ["photos corporatives", "portraits", "photos d'événements", "banque d'images"],
      en: ["corporate photos", "headshots", "event photography", "image library"],
    },
    naics: ["541"],
    unspsc: ["82130000"],
  },
  {
    code: "relations-publiques",
    groupCode: "communication",
    name: {
      fr: "Relations publiques et communication stratégique",
      en: "Public relations and strategic communications",
    },
    keywords: {
      fr: ["plan de communication", "communiqué", "relations de presse", "communication interne"],
      en: ["communications plan", "press release", "media relations", "internal communications"],
    },
    naics: ["541"],
    unspsc: ["80170000"],
  },
  {
    code: "marketing-numerique",
    groupCode: "communication",
    name: { fr: "Médias sociaux et marketing numérique", en: "Social media and digital marketing" },
    keywords: {
      fr: ["médias sociaux", "infolettre", "campagne numérique", "référencement"],
      en: ["social media", "newsletter", "digital campaign", "SEO"],
    },
    naics: ["541"],
    unspsc: ["80140000", "82100000"],
  },
  {
    code: "interpretation-sous-titrage",
    groupCode: "communication",
    name: {
      fr: "Interprétation LSQ, sous-titrage et transcription",
      en: "Sign language interpretation, captioning and transcription",
    },
    keywords: {
      fr: ["LSQ", "sous-titrage", "transcription", "audiodescription"],
      en: ["sign language", "captioning", "transcription", "audio description"],
    },
    naics: ["541"],
    unspsc: ["82110000"],
  },
  {
    code: "medias-communautaires",
    groupCode: "communication",
    name: {
      fr: "Placement publicitaire dans les médias communautaires",
      en: "Advertising in community media",
    },
    keywords: {
      fr: ["radio communautaire", "journal local", "avis public", "télévision communautaire"],
      en: ["community radio", "local newspaper", "public notice", "community TV"],
    },
    naics: ["513", "516"],
    unspsc: ["82100000"],
  },

  // ── Hébergement, tourisme et loisirs ─────────────────────────────────────
  {
    code: "hebergement-groupes",
    groupCode: "tourisme-loisirs",
    name: { fr: "Hébergement de groupes", en: "Group accommodation" },
    keywords: {
      fr: ["auberge", "gîte", "chalets", "hébergement en région"],
      en: ["hostel", "inn", "cabins", "regional lodging"],
    },
    naics: ["721"],
    unspsc: ["90110000"],
  },
  {
    code: "camps",
    groupCode: "tourisme-loisirs",
    name: { fr: "Camps de jour et camps de vacances", en: "Day camps and summer camps" },
    keywords: {
      fr: ["camp de jour", "camp de vacances", "classe nature", "camp de la relâche"],
      en: ["day camp", "summer camp", "outdoor school", "spring break camp"],
    },
    naics: ["721", "713"],
    unspsc: ["90110000", "90140000"],
  },
  {
    code: "activites-plein-air",
    groupCode: "tourisme-loisirs",
    name: {
      fr: "Activités de plein air et sorties éducatives",
      en: "Outdoor activities and educational outings",
    },
    keywords: {
      fr: ["randonnée", "canot", "raquette", "sortie scolaire"],
      en: ["hiking", "canoeing", "snowshoeing", "school trip"],
    },
    naics: ["713"],
    unspsc: ["90140000", "49120000"],
  },
  {
    code: "retraites-seminaires",
    groupCode: "tourisme-loisirs",
    name: { fr: "Séminaires et retraites de travail", en: "Off-site meetings and retreats" },
    keywords: {
      fr: ["lac-à-l'épaule", "séminaire", "retraite", "forfait réunion"],
      en: ["team retreat", "seminar", "off-site", "meeting package"],
    },
    naics: ["721"],
    unspsc: ["90110000"],
  },
  {
    code: "visites-guidees",
    groupCode: "tourisme-loisirs",
    name: { fr: "Visites guidées et tourisme culturel", en: "Guided tours and cultural tourism" },
    keywords: {
      fr: ["visite guidée", "circuit patrimonial", "interprétation", "tourisme autochtone"],
      en: ["guided tour", "heritage walk", "interpretation", "Indigenous tourism"],
    },
    naics: ["561", "712"],
    unspsc: ["90120000"],
  },
  {
    code: "programmation-loisirs",
    groupCode: "tourisme-loisirs",
    name: { fr: "Programmation de loisirs et de sports", en: "Recreation and sports programming" },
    keywords: {
      fr: ["cours de loisirs", "activités sportives", "animation de parcs", "ligue"],
      en: ["recreation classes", "sports activities", "park programming", "league"],
    },
    naics: ["713"],
    unspsc: ["90140000"],
  },
  {
    code: "gestion-installations-recreatives",
    groupCode: "tourisme-loisirs",
    name: { fr: "Gestion d'installations récréatives", en: "Recreational facility operations" },
    keywords: {
      fr: ["piscine", "aréna", "base de plein air", "sauveteurs"],
      en: ["pool", "arena", "outdoor centre", "lifeguards"],
    },
    naics: ["713"],
    unspsc: ["90140000"],
  },

  // ── Sous-traitance industrielle et services de bureau ────────────────────
  {
    code: "assemblage",
    groupCode: "sous-traitance",
    name: { fr: "Assemblage et montage à façon", en: "Contract assembly" },
    keywords: {
      fr: ["assemblage", "montage", "sous-traitance", "petites pièces"],
      en: ["assembly", "sub-assembly", "outsourcing", "small parts"],
    },
    naics: ["339", "561"],
    unspsc: ["73150000"],
  },
  {
    code: "conditionnement-emballage",
    groupCode: "sous-traitance",
    name: { fr: "Conditionnement et emballage", en: "Packaging and co-packing" },
    keywords: {
      fr: ["emballage", "ensachage", "étiquetage", "trousses"],
      en: ["packaging", "bagging", "labelling", "kitting"],
    },
    naics: ["561"],
    unspsc: ["78120000", "73150000"],
  },
  {
    code: "fabrication-metallique",
    groupCode: "sous-traitance",
    name: {
      fr: "Usinage, soudure et fabrication métallique",
      en: "Machining, welding and metal fabrication",
    },
    keywords: {
      fr: ["soudure", "usinage", "découpe", "pièces sur mesure"],
      en: ["welding", "machining", "cutting", "custom parts"],
    },
    naics: ["332"],
    unspsc: ["73180000", "73120000"],
  },
  {
    code: "fabrication-palettes",
    groupCode: "sous-traitance",
    name: {
      fr: "Fabrication de palettes et de caisses de bois",
      en: "Wooden pallet and crate manufacturing",
    },
    keywords: {
      fr: ["palettes", "caisses", "recyclage de palettes", "emballage de bois"],
      en: ["pallets", "crates", "pallet recycling", "wood packaging"],
    },
    naics: ["321"],
    unspsc: ["73110000", "24110000"],
  },
  {
    code: "numerisation-archivage",
    groupCode: "sous-traitance",
    name: { fr: "Numérisation et gestion documentaire", en: "Scanning and records management" },
    keywords: {
      fr: ["numérisation", "archives", "gestion documentaire", "classement"],
      en: ["scanning", "archives", "records management", "filing"],
    },
    naics: ["561", "519"],
    unspsc: ["80160000"],
  },
  {
    code: "saisie-donnees",
    groupCode: "sous-traitance",
    name: { fr: "Saisie et traitement de données", en: "Data entry and processing" },
    keywords: {
      fr: ["saisie de données", "validation", "traitement de formulaires", "indexation"],
      en: ["data entry", "validation", "forms processing", "indexing"],
    },
    naics: ["561", "518"],
    unspsc: ["80160000", "81110000"],
  },
  {
    code: "centre-appels",
    groupCode: "sous-traitance",
    name: { fr: "Centre d'appels et service à la clientèle", en: "Call centre and customer service" },
    keywords: {
      fr: ["ligne d'information", "réception d'appels", "prise de rendez-vous", "sondage téléphonique"],
      en: ["information line", "inbound calls", "appointment booking", "phone survey"],
    },
    naics: ["561"],
    unspsc: ["80160000"],
  },
  {
    code: "traitement-courrier",
    groupCode: "sous-traitance",
    name: { fr: "Traitement du courrier et mise sous pli", en: "Mail processing and inserting" },
    keywords: {
      fr: ["mise sous pli", "publipostage", "affranchissement", "envois massifs"],
      en: ["inserting", "mail merge", "postage", "bulk mailing"],
    },
    naics: ["561"],
    unspsc: ["80160000", "78100000"],
  },
]);

export type CategoryCode = (typeof categoryList)[number]["code"];

export const categoryGroups: readonly CategoryGroup[] = groupList;
export const categories: readonly Category[] = categoryList;
