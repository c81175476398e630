/**
 * Vocabulary the deterministic demo-data seed draws from to build realistic but
 * CLEARLY FICTITIOUS enterprise listings. Pure data: no randomness here.
 *
 * Rules for reviewers:
 * - Every enterprise-name pattern contains `{word}`, an invented word that is
 *   not a real brand or organization, so generated names never match a real
 *   organization. Before adding a word, search the Registraire des entreprises
 *   (REQ) and the web for it.
 * - No people's names anywhere (no contacts, no founders).
 * - Prices are indicative ranges in CAD, before taxes.
 *
 * Placeholders used in templates:
 * - `{word}`         an entry of `inventedWords`
 * - `{trade}`        an entry of `tradeNounsByGroup[groupCode]` (singular noun)
 * - `{ofNoun}`       the `of` form of a `natureNouns` entry ("du Sentier")
 * - `{place}`        a municipality name, used as is (only after " – ")
 * - `{name}`         the generated enterprise name
 * - `{municipality}` the enterprise's municipality name
 * - `{region}`       the administrative region name (French, official)
 * - `{offerings}`    the enterprise's offering names, joined by the seed
 * - `{year}`         founding year
 * After substituting into FRENCH text, apply `frenchContractions` so that
 * "à Les Îles-de-la-Madeleine" becomes "aux Îles-de-la-Madeleine", etc.
 */

import type { CategoryCode, CategoryGroupCode } from "../reference/taxonomy";
import type { SocialPurposeCode } from "../reference/social-purposes";

export type Bilingual = { fr: string; en: string };

export type Offering = {
  name: Bilingual;
  description: Bilingual;
  unit?: Bilingual;
  /** Indicative price range in CAD: [min, max], min ≤ max, both > 0. */
  priceRange?: readonly [number, number];
};

/** Legal-status families the name patterns are keyed by. */
export type LegalStatusKey = "cooperative" | "nonprofit" | "mutual";

/** Every placeholder a template in this file may use. */
export const templatePlaceholders = [
  "word",
  "trade",
  "ofNoun",
  "place",
  "name",
  "municipality",
  "region",
  "offerings",
  "year",
] as const;
export type TemplatePlaceholder = (typeof templatePlaceholders)[number];

// ───────────────────────────────────────────────────────────────────────────
// Units (shared so they read the same across listings)
// ───────────────────────────────────────────────────────────────────────────

const U = {
  person: { fr: "par personne", en: "per person" },
  meal: { fr: "par repas", en: "per meal" },
  portion: { fr: "par portion", en: "per serving" },
  tray: { fr: "par plateau", en: "per tray" },
  dozen: { fr: "par douzaine", en: "per dozen" },
  unit: { fr: "par unité", en: "per unit" },
  item: { fr: "par article", en: "per item" },
  hour: { fr: "par heure", en: "per hour" },
  day: { fr: "par jour", en: "per day" },
  week: { fr: "par semaine", en: "per week" },
  month: { fr: "par mois", en: "per month" },
  season: { fr: "par saison", en: "per season" },
  year: { fr: "par année", en: "per year" },
  visit: { fr: "par visite", en: "per visit" },
  event: { fr: "par événement", en: "per event" },
  project: { fr: "par projet", en: "per project" },
  session: { fr: "par séance", en: "per session" },
  group: { fr: "par groupe", en: "per group" },
  child: { fr: "par enfant, par jour", en: "per child, per day" },
  night: { fr: "par personne, par nuit", en: "per person, per night" },
  sqft: { fr: "par pied carré", en: "per square foot" },
  linearFt: { fr: "par pied linéaire", en: "per linear foot" },
  word: { fr: "par mot", en: "per word" },
  minute: { fr: "par minute", en: "per minute" },
  page: { fr: "par page", en: "per page" },
  copies: { fr: "par 100 exemplaires", en: "per 100 copies" },
  pieces: { fr: "par tranche de 1\u00a0000 envois", en: "per 1,000 pieces" },
  box: { fr: "par boîte", en: "per box" },
  bin: { fr: "par bac", en: "per bin" },
  pickup: { fr: "par collecte", en: "per pickup" },
  tonne: { fr: "par tonne", en: "per tonne" },
  kg: { fr: "par kilogramme", en: "per kilogram" },
  litre: { fr: "par litre", en: "per litre" },
  device: { fr: "par appareil", en: "per device" },
  delivery: { fr: "par livraison", en: "per delivery" },
  trip: { fr: "par trajet", en: "per trip" },
  basket: { fr: "par panier", en: "per basket" },
  pallet: { fr: "par palette", en: "per pallet" },
  tree: { fr: "par arbre", en: "per tree" },
  userMonth: { fr: "par utilisateur, par mois", en: "per user, per month" },
  call: { fr: "par appel", en: "per call" },
  kit: { fr: "par trousse", en: "per kit" },
} as const satisfies Record<string, Bilingual>;

// ───────────────────────────────────────────────────────────────────────────
// Offerings: 2–4 per category code of the taxonomy
// ───────────────────────────────────────────────────────────────────────────

export const offeringsByCategory: Record<CategoryCode, readonly Offering[]> = {
  // Alimentation et services de traiteur
  "traiteur-evenementiel": [
    {
      name: { fr: "Buffet froid pour 20 à 200 personnes", en: "Cold buffet for 20 to 200 guests" },
      description: {
        fr: "Salades, sandwichs, crudités et desserts maison, livrés et installés sur place.",
        en: "Salads, sandwiches, crudités and homemade desserts, delivered and set up on site.",
      },
      unit: U.person,
      priceRange: [18, 35],
    },
    {
      name: { fr: "Cocktail dînatoire", en: "Cocktail reception" },
      description: {
        fr: "Bouchées chaudes et froides préparées avec des produits du Québec, service inclus.",
        en: "Hot and cold canapés made with Quebec products, service included.",
      },
      unit: U.person,
      priceRange: [22, 48],
    },
    {
      name: { fr: "Buffet chaud", en: "Hot buffet" },
      description: {
        fr: "Plats principaux, accompagnements et options végétariennes pour colloques et réceptions.",
        en: "Main dishes, sides and vegetarian options for conferences and receptions.",
      },
      unit: U.person,
      priceRange: [28, 55],
    },
  ],
  "boites-a-lunch": [
    {
      name: { fr: "Boîtes à lunch santé", en: "Healthy boxed lunches" },
      description: {
        fr: "Sandwich ou salade-repas, crudités, fruit et dessert, emballage compostable.",
        en: "Sandwich or meal salad, crudités, fruit and dessert, in compostable packaging.",
      },
      unit: U.person,
      priceRange: [14, 24],
    },
    {
      name: { fr: "Plateau de sandwichs (10 personnes)", en: "Sandwich platter (serves 10)" },
      description: {
        fr: "Assortiment de sandwichs et de wraps, dont des options végétariennes et sans gluten.",
        en: "Assorted sandwiches and wraps, including vegetarian and gluten-free options.",
      },
      unit: U.tray,
      priceRange: [75, 140],
    },
    {
      name: { fr: "Dîner de réunion livré", en: "Delivered working lunch" },
      description: {
        fr: "Repas chaud individuel livré au bureau, avec breuvage et dessert.",
        en: "Individual hot meal delivered to the office, with a drink and dessert.",
      },
      unit: U.person,
      priceRange: [16, 28],
    },
  ],
  "cafeteria-concession": [
    {
      name: { fr: "Gestion complète de cafétéria", en: "Full cafeteria management" },
      description: {
        fr: "Exploitation de la cafétéria d'un établissement : personnel, menus, approvisionnement et hygiène.",
        en: "Operation of an institution's cafeteria: staff, menus, procurement and food safety.",
      },
      unit: U.month,
      priceRange: [4000, 25000],
    },
    {
      name: { fr: "Repas du jour en cafétéria", en: "Cafeteria meal of the day" },
      description: {
        fr: "Soupe, plat principal et dessert offerts aux employés et aux usagers.",
        en: "Soup, main course and dessert for staff and service users.",
      },
      unit: U.meal,
      priceRange: [8, 14],
    },
    {
      name: { fr: "Comptoir de collations santé", en: "Healthy snack counter" },
      description: {
        fr: "Casse-croûte tenu sur place pendant les heures d'ouverture ou lors d'événements.",
        en: "On-site snack bar during opening hours or for events.",
      },
      unit: U.day,
      priceRange: [250, 900],
    },
  ],
  "repas-institutionnels": [
    {
      name: { fr: "Dîners livrés aux CPE et services de garde", en: "Lunches delivered to daycares" },
      description: {
        fr: "Repas équilibrés conformes au Guide alimentaire canadien, livrés chauds chaque jour.",
        en: "Balanced meals following Canada's Food Guide, delivered hot every day.",
      },
      unit: U.meal,
      priceRange: [4, 8],
    },
    {
      name: { fr: "Repas congelés en portions individuelles", en: "Frozen single-serving meals" },
      description: {
        fr: "Plats cuisinés, étiquetés et congelés pour résidences et organismes.",
        en: "Cooked, labelled and frozen meals for residences and organizations.",
      },
      unit: U.portion,
      priceRange: [6, 12],
    },
    {
      name: { fr: "Collations scolaires", en: "School snacks" },
      description: {
        fr: "Collations nutritives préparées pour les écoles primaires et secondaires.",
        en: "Nutritious snacks prepared for elementary and secondary schools.",
      },
      unit: U.portion,
      priceRange: [1.5, 3.5],
    },
  ],
  "popote-roulante": [
    {
      name: { fr: "Repas chauds livrés à domicile", en: "Hot meals delivered at home" },
      description: {
        fr: "Livraison de repas complets aux aînés et aux personnes en perte d'autonomie.",
        en: "Delivery of complete meals to seniors and people with reduced autonomy.",
      },
      unit: U.meal,
      priceRange: [6, 12],
    },
    {
      name: { fr: "Repas à texture adaptée", en: "Texture-modified meals" },
      description: {
        fr: "Repas hachés ou purée, préparés selon les recommandations de nutritionnistes.",
        en: "Minced or puréed meals prepared according to dietitians' recommendations.",
      },
      unit: U.meal,
      priceRange: [7, 13],
    },
  ],
  "boulangerie-patisserie": [
    {
      name: { fr: "Plateau de viennoiseries", en: "Pastry platter" },
      description: {
        fr: "Croissants, chocolatines et muffins cuits le matin même.",
        en: "Croissants, chocolate croissants and muffins baked the same morning.",
      },
      unit: U.dozen,
      priceRange: [18, 36],
    },
    {
      name: { fr: "Pain artisanal au levain", en: "Artisan sourdough bread" },
      description: {
        fr: "Pains au levain faits de farines québécoises, livrés aux cuisines institutionnelles.",
        en: "Sourdough loaves made with Quebec flours, delivered to institutional kitchens.",
      },
      unit: U.unit,
      priceRange: [4, 9],
    },
    {
      name: { fr: "Gâteau pour événement", en: "Event cake" },
      description: {
        fr: "Gâteau personnalisé de 20 à 80 portions pour départs à la retraite et célébrations.",
        en: "Custom cake of 20 to 80 servings for retirements and celebrations.",
      },
      unit: U.unit,
      priceRange: [45, 220],
    },
  ],
  "pauses-cafe": [
    {
      name: { fr: "Pause-café complète", en: "Full coffee break" },
      description: {
        fr: "Café équitable, thé, jus et collations livrés et installés pour vos réunions.",
        en: "Fair-trade coffee, tea, juice and snacks delivered and set up for your meetings.",
      },
      unit: U.person,
      priceRange: [5, 12],
    },
    {
      name: { fr: "Café équitable torréfié localement", en: "Locally roasted fair-trade coffee" },
      description: {
        fr: "Café en grains ou moulu, torréfié chaque semaine.",
        en: "Whole-bean or ground coffee, roasted every week.",
      },
      unit: U.kg,
      priceRange: [22, 42],
    },
    {
      name: { fr: "Service de café au bureau", en: "Office coffee service" },
      description: {
        fr: "Prêt de l'équipement, approvisionnement et entretien hebdomadaire.",
        en: "Equipment loan, supplies and weekly maintenance.",
      },
      unit: U.month,
      priceRange: [60, 320],
    },
  ],

  // Entretien ménager et entretien des bâtiments
  "entretien-menager-commercial": [
    {
      name: { fr: "Entretien ménager quotidien de bureaux", en: "Daily office cleaning" },
      description: {
        fr: "Entretien des aires de travail, salles de bain et cuisinettes, le soir ou de jour.",
        en: "Cleaning of work areas, washrooms and kitchenettes, evenings or daytime.",
      },
      unit: U.hour,
      priceRange: [32, 48],
    },
    {
      name: { fr: "Contrat d'entretien mensuel d'édifice", en: "Monthly building cleaning contract" },
      description: {
        fr: "Programme d'entretien planifié avec registre de contrôle de la qualité.",
        en: "Scheduled cleaning program with a quality-control log.",
      },
      unit: U.month,
      priceRange: [900, 12000],
    },
    {
      name: { fr: "Grand ménage saisonnier", en: "Seasonal deep cleaning" },
      description: {
        fr: "Nettoyage en profondeur des murs, luminaires, mobilier et conduits accessibles.",
        en: "Deep cleaning of walls, light fixtures, furniture and accessible vents.",
      },
      unit: U.sqft,
      priceRange: [0.15, 0.45],
    },
  ],
  "desinfection-sanitaire": [
    {
      name: { fr: "Désinfection des surfaces à contact fréquent", en: "High-touch surface disinfection" },
      description: {
        fr: "Tournées de désinfection avec des produits homologués par Santé Canada.",
        en: "Disinfection rounds using Health Canada–approved products.",
      },
      unit: U.visit,
      priceRange: [80, 350],
    },
    {
      name: { fr: "Nettoyage après éclosion", en: "Post-outbreak cleaning" },
      description: {
        fr: "Intervention rapide selon les protocoles de prévention des infections.",
        en: "Rapid response following infection prevention protocols.",
      },
      unit: U.hour,
      priceRange: [45, 75],
    },
  ],
  "lavage-vitres": [
    {
      name: { fr: "Lavage de vitres intérieur et extérieur", en: "Interior and exterior window washing" },
      description: {
        fr: "Lavage des fenêtres jusqu'à trois étages, cadres et rebords compris.",
        en: "Window washing up to three storeys, including frames and sills.",
      },
      unit: U.visit,
      priceRange: [150, 1800],
    },
    {
      name: { fr: "Lavage à pression de façades et trottoirs", en: "Pressure washing of façades and walkways" },
      description: {
        fr: "Nettoyage printanier des entrées, façades et aires extérieures.",
        en: "Spring cleaning of entrances, façades and outdoor areas.",
      },
      unit: U.hour,
      priceRange: [60, 110],
    },
  ],
  "entretien-planchers": [
    {
      name: { fr: "Décapage et cirage de planchers", en: "Floor stripping and waxing" },
      description: {
        fr: "Décapage, application de scellant et de cire sur planchers de vinyle et de terrazzo.",
        en: "Stripping, sealing and waxing of vinyl and terrazzo floors.",
      },
      unit: U.sqft,
      priceRange: [0.35, 0.9],
    },
    {
      name: { fr: "Shampoing de tapis", en: "Carpet shampooing" },
      description: {
        fr: "Nettoyage par extraction à l'eau chaude des tapis et carpettes.",
        en: "Hot-water extraction cleaning of carpets and rugs.",
      },
      unit: U.sqft,
      priceRange: [0.25, 0.6],
    },
  ],
  "conciergerie-batiment": [
    {
      name: { fr: "Service de conciergerie résidentielle", en: "Residential caretaking service" },
      description: {
        fr: "Entretien des aires communes, gestion des ordures et petites réparations pour immeubles de logements.",
        en: "Common-area upkeep, garbage handling and small repairs for apartment buildings.",
      },
      unit: U.month,
      priceRange: [400, 3500],
    },
    {
      name: { fr: "Menus travaux d'entretien", en: "Minor maintenance work" },
      description: {
        fr: "Changement d'ampoules, ajustement de portes, réparations mineures et montage de mobilier.",
        en: "Light bulb changes, door adjustments, minor repairs and furniture assembly.",
      },
      unit: U.hour,
      priceRange: [40, 70],
    },
    {
      name: { fr: "Tournée d'entretien préventif", en: "Preventive maintenance round" },
      description: {
        fr: "Inspection mensuelle du bâtiment avec rapport et liste des correctifs.",
        en: "Monthly building inspection with a report and list of fixes.",
      },
      unit: U.visit,
      priceRange: [120, 450],
    },
  ],
  "buanderie-commerciale": [
    {
      name: { fr: "Lavage et pliage de literie", en: "Bedding wash and fold" },
      description: {
        fr: "Collecte, lavage, séchage et pliage du linge pour résidences et centres d'hébergement.",
        en: "Pickup, washing, drying and folding of linen for residences and shelters.",
      },
      unit: U.kg,
      priceRange: [1.8, 3.5],
    },
    {
      name: { fr: "Entretien d'uniformes", en: "Uniform cleaning" },
      description: {
        fr: "Lavage et repassage d'uniformes et de sarraus avec livraison hebdomadaire.",
        en: "Washing and pressing of uniforms and lab coats with weekly delivery.",
      },
      unit: U.item,
      priceRange: [2, 6],
    },
  ],
  "produits-entretien-ecologiques": [
    {
      name: { fr: "Nettoyant tout usage biodégradable", en: "Biodegradable all-purpose cleaner" },
      description: {
        fr: "Concentré fabriqué au Québec, offert en formats de 4 à 20 litres.",
        en: "Concentrate made in Quebec, available in 4- to 20-litre formats.",
      },
      unit: U.litre,
      priceRange: [4, 12],
    },
    {
      name: { fr: "Savon à mains en vrac", en: "Bulk hand soap" },
      description: {
        fr: "Savon doux sans parfum, avec service de remplissage des contenants.",
        en: "Gentle fragrance-free soap, with container refill service.",
      },
      unit: U.litre,
      priceRange: [3, 9],
    },
    {
      name: { fr: "Trousse d'entretien écologique", en: "Green cleaning kit" },
      description: {
        fr: "Ensemble de produits et de linges en microfibre pour un service de garde ou un bureau.",
        en: "Set of products and microfibre cloths for a daycare or an office.",
      },
      unit: U.kit,
      priceRange: [45, 120],
    },
  ],

  // Impression, reprographie et articles promotionnels
  "impression-commerciale": [
    {
      name: { fr: "Dépliants et affiches", en: "Brochures and posters" },
      description: {
        fr: "Impression couleur sur papier recyclé, pliage et livraison inclus.",
        en: "Colour printing on recycled paper, folding and delivery included.",
      },
      unit: U.copies,
      priceRange: [35, 180],
    },
    {
      name: { fr: "Rapport annuel imprimé et relié", en: "Printed and bound annual report" },
      description: {
        fr: "Impression, reliure allemande ou spirale et mise en boîte.",
        en: "Printing, perfect or coil binding, and boxing.",
      },
      unit: U.unit,
      priceRange: [6, 28],
    },
    {
      name: { fr: "Cartes professionnelles", en: "Business cards" },
      description: {
        fr: "Cartes recto verso sur carton recyclé, livrées en 3 jours ouvrables.",
        en: "Double-sided cards on recycled stock, delivered in 3 business days.",
      },
      unit: U.copies,
      priceRange: [20, 60],
    },
  ],
  reprographie: [
    {
      name: { fr: "Photocopies noir et blanc", en: "Black-and-white photocopies" },
      description: {
        fr: "Reproduction en volume de documents, tri et agrafage compris.",
        en: "High-volume document copying, including collating and stapling.",
      },
      unit: U.page,
      priceRange: [0.05, 0.12],
    },
    {
      name: { fr: "Impressions numériques couleur", en: "Digital colour prints" },
      description: {
        fr: "Impression couleur haute qualité à partir de fichiers PDF.",
        en: "High-quality colour printing from PDF files.",
      },
      unit: U.page,
      priceRange: [0.2, 0.6],
    },
    {
      name: { fr: "Cahiers de formation", en: "Training binders" },
      description: {
        fr: "Assemblage de cartables et de cahiers avec onglets pour sessions de formation.",
        en: "Assembly of binders and booklets with tabs for training sessions.",
      },
      unit: U.unit,
      priceRange: [5, 22],
    },
  ],
  "grand-format-signalisation": [
    {
      name: { fr: "Bannières autoportantes", en: "Roll-up banners" },
      description: {
        fr: "Bannière imprimée avec structure et sac de transport.",
        en: "Printed banner with stand and carrying bag.",
      },
      unit: U.unit,
      priceRange: [120, 350],
    },
    {
      name: { fr: "Panneaux de signalisation intérieure", en: "Indoor wayfinding signs" },
      description: {
        fr: "Panneaux directionnels et plaques de porte conformes aux normes d'accessibilité.",
        en: "Directional signs and door plates meeting accessibility standards.",
      },
      unit: U.unit,
      priceRange: [25, 180],
    },
    {
      name: { fr: "Lettrage de véhicules", en: "Vehicle lettering" },
      description: {
        fr: "Conception et pose de lettrage en vinyle sur véhicules de service.",
        en: "Design and installation of vinyl lettering on service vehicles.",
      },
      unit: U.unit,
      priceRange: [250, 1800],
    },
  ],
  "articles-promotionnels": [
    {
      name: { fr: "Tasses personnalisées", en: "Custom mugs" },
      description: {
        fr: "Tasses en céramique ou gourdes réutilisables à l'effigie de votre organisation.",
        en: "Ceramic mugs or reusable bottles with your organization's logo.",
      },
      unit: U.unit,
      priceRange: [6, 22],
    },
    {
      name: { fr: "Cadeaux corporatifs locaux", en: "Local corporate gifts" },
      description: {
        fr: "Coffrets de produits d'ici assemblés à la main pour partenaires et bénévoles.",
        en: "Hand-assembled boxes of local products for partners and volunteers.",
      },
      unit: U.unit,
      priceRange: [25, 90],
    },
    {
      name: { fr: "Objets promotionnels pour salons", en: "Trade show giveaways" },
      description: {
        fr: "Crayons, carnets et épinglettes personnalisés en petites ou grandes quantités.",
        en: "Custom pens, notebooks and pins in small or large quantities.",
      },
      unit: U.unit,
      priceRange: [1, 12],
    },
  ],
  "serigraphie-broderie": [
    {
      name: { fr: "T-shirts sérigraphiés", en: "Screen-printed T-shirts" },
      description: {
        fr: "Impression une à quatre couleurs sur t-shirts de coton biologique.",
        en: "One- to four-colour printing on organic cotton T-shirts.",
      },
      unit: U.unit,
      priceRange: [12, 28],
    },
    {
      name: { fr: "Broderie de logo", en: "Logo embroidery" },
      description: {
        fr: "Broderie sur polos, casquettes, vestes et vêtements de travail.",
        en: "Embroidery on polos, caps, jackets and workwear.",
      },
      unit: U.item,
      priceRange: [8, 25],
    },
  ],
  "papeterie-fournitures": [
    {
      name: { fr: "Papier à photocopie recyclé", en: "Recycled copy paper" },
      description: {
        fr: "Papier 100 % postconsommation, livré en caisses de 10 rames.",
        en: "100% post-consumer paper, delivered in cases of 10 reams.",
      },
      unit: U.box,
      priceRange: [55, 95],
    },
    {
      name: { fr: "Trousse de fournitures scolaires", en: "School supply kit" },
      description: {
        fr: "Trousses préparées par niveau scolaire pour les écoles et les organismes.",
        en: "Kits prepared by grade for schools and community organizations.",
      },
      unit: U.kit,
      priceRange: [15, 45],
    },
    {
      name: { fr: "Enveloppes et papier à en-tête", en: "Envelopes and letterhead" },
      description: {
        fr: "Papeterie imprimée à vos couleurs sur papier certifié.",
        en: "Printed stationery in your colours on certified paper.",
      },
      unit: U.copies,
      priceRange: [18, 65],
    },
  ],

  // Récupération, recyclage et gestion des matières résiduelles
  "collecte-recyclage": [
    {
      name: { fr: "Collecte de matières recyclables", en: "Recyclables pickup" },
      description: {
        fr: "Collecte hebdomadaire du papier, du carton et des contenants dans vos bâtiments.",
        en: "Weekly pickup of paper, cardboard and containers at your buildings.",
      },
      unit: U.pickup,
      priceRange: [35, 180],
    },
    {
      name: { fr: "Location de bacs de récupération", en: "Recycling bin rental" },
      description: {
        fr: "Bacs et îlots de tri identifiés, installés dans vos aires communes.",
        en: "Labelled bins and sorting stations installed in your common areas.",
      },
      unit: U.month,
      priceRange: [15, 90],
    },
  ],
  "compostage-organiques": [
    {
      name: { fr: "Collecte des résidus alimentaires", en: "Food waste collection" },
      description: {
        fr: "Collecte des matières organiques de cafétérias et de cuisines, avec bacs fournis.",
        en: "Collection of organics from cafeterias and kitchens, bins supplied.",
      },
      unit: U.bin,
      priceRange: [12, 40],
    },
    {
      name: { fr: "Compostage sur place", en: "On-site composting" },
      description: {
        fr: "Installation et suivi d'un composteur pour une école ou un établissement.",
        en: "Installation and follow-up of a composter for a school or institution.",
      },
      unit: U.project,
      priceRange: [1500, 9000],
    },
  ],
  "dechiquetage-securise": [
    {
      name: { fr: "Déchiquetage sur place", en: "On-site shredding" },
      description: {
        fr: "Camion de déchiquetage à votre porte et certificat de destruction.",
        en: "Shredding truck at your door and certificate of destruction.",
      },
      unit: U.box,
      priceRange: [6, 15],
    },
    {
      name: { fr: "Bacs verrouillés pour documents confidentiels", en: "Locked bins for confidential documents" },
      description: {
        fr: "Bacs sécurisés avec collecte planifiée et papier recyclé après destruction.",
        en: "Secure bins with scheduled pickup; paper recycled after destruction.",
      },
      unit: U.pickup,
      priceRange: [25, 75],
    },
  ],
  "recuperation-electronique": [
    {
      name: { fr: "Collecte de matériel électronique désuet", en: "Obsolete electronics pickup" },
      description: {
        fr: "Collecte, tri et recyclage certifié des ordinateurs, écrans et périphériques.",
        en: "Pickup, sorting and certified recycling of computers, screens and peripherals.",
      },
      unit: U.pickup,
      priceRange: [50, 400],
    },
    {
      name: { fr: "Journée de collecte pour employés", en: "Employee e-waste collection day" },
      description: {
        fr: "Kiosque de récupération sur votre site pour les appareils personnels des employés.",
        en: "On-site drop-off booth for employees' personal devices.",
      },
      unit: U.event,
      priceRange: [300, 1200],
    },
  ],
  "ressourcerie-reemploi": [
    {
      name: { fr: "Récupération de biens lors de déménagements", en: "Goods recovery during moves" },
      description: {
        fr: "Tri et récupération du mobilier et des objets réutilisables lors de fermetures de bureaux.",
        en: "Sorting and recovery of reusable furniture and items when offices close.",
      },
      unit: U.project,
      priceRange: [400, 4500],
    },
    {
      name: { fr: "Articles usagés remis en état", en: "Refurbished second-hand items" },
      description: {
        fr: "Vaisselle, jouets, livres et petits électroménagers vérifiés, pour organismes et CPE.",
        en: "Checked dishware, toys, books and small appliances for organizations and daycares.",
      },
      unit: U.item,
      priceRange: [2, 60],
    },
  ],
  "vaisselle-reutilisable": [
    {
      name: { fr: "Location de verres réutilisables", en: "Reusable cup rental" },
      description: {
        fr: "Verres consignés pour festivals et événements, lavage inclus.",
        en: "Deposit-based cups for festivals and events, washing included.",
      },
      unit: U.unit,
      priceRange: [0.3, 1],
    },
    {
      name: { fr: "Trousse de vaisselle zéro déchet", en: "Zero-waste dishware kit" },
      description: {
        fr: "Assiettes, ustensiles et tasses pour 50 à 500 personnes, livrés et récupérés.",
        en: "Plates, cutlery and cups for 50 to 500 people, delivered and picked up.",
      },
      unit: U.person,
      priceRange: [1.5, 4],
    },
  ],
  "ecoconseil-sensibilisation": [
    {
      name: { fr: "Caractérisation des matières résiduelles", en: "Waste audit" },
      description: {
        fr: "Analyse du contenu de vos bacs et recommandations pour réduire l'enfouissement.",
        en: "Analysis of your bins' contents and recommendations to reduce landfilling.",
      },
      unit: U.project,
      priceRange: [1200, 6000],
    },
    {
      name: { fr: "Patrouille verte estivale", en: "Summer green patrol" },
      description: {
        fr: "Équipe de sensibilisation porte-à-porte sur le tri et le compostage.",
        en: "Door-to-door outreach team on sorting and composting.",
      },
      unit: U.week,
      priceRange: [1500, 4500],
    },
    {
      name: { fr: "Atelier de sensibilisation", en: "Awareness workshop" },
      description: {
        fr: "Atelier de 60 minutes sur la réduction à la source pour employés ou élèves.",
        en: "60-minute workshop on waste reduction for staff or students.",
      },
      unit: U.session,
      priceRange: [250, 800],
    },
  ],

  // Informatique, services TI et reconditionnement
  "reconditionnement-ordinateurs": [
    {
      name: { fr: "Ordinateurs portables reconditionnés", en: "Refurbished laptops" },
      description: {
        fr: "Portables testés et remis à neuf, garantie d'un an, système d'exploitation installé.",
        en: "Tested and renewed laptops, one-year warranty, operating system installed.",
      },
      unit: U.device,
      priceRange: [250, 700],
    },
    {
      name: { fr: "Postes de travail reconditionnés", en: "Refurbished desktop workstations" },
      description: {
        fr: "Ordinateurs de bureau avec écran, clavier et souris, prêts à brancher.",
        en: "Desktop computers with monitor, keyboard and mouse, ready to plug in.",
      },
      unit: U.device,
      priceRange: [200, 550],
    },
    {
      name: { fr: "Rachat de parc informatique", en: "IT asset buy-back" },
      description: {
        fr: "Évaluation et rachat de vos appareils en fin de cycle pour réemploi.",
        en: "Assessment and buy-back of end-of-cycle devices for reuse.",
      },
      unit: U.device,
      priceRange: [5, 80],
    },
  ],
  "soutien-technique-ti": [
    {
      name: { fr: "Soutien technique sur demande", en: "On-demand technical support" },
      description: {
        fr: "Dépannage à distance ou sur place pour postes de travail et imprimantes.",
        en: "Remote or on-site troubleshooting for workstations and printers.",
      },
      unit: U.hour,
      priceRange: [65, 110],
    },
    {
      name: { fr: "Gestion de parc informatique", en: "Managed IT services" },
      description: {
        fr: "Mises à jour, sauvegardes, antivirus et centre d'assistance pour petits organismes.",
        en: "Updates, backups, antivirus and helpdesk for small organizations.",
      },
      unit: U.userMonth,
      priceRange: [35, 90],
    },
  ],
  "developpement-web": [
    {
      name: { fr: "Site Web vitrine accessible", en: "Accessible showcase website" },
      description: {
        fr: "Site bilingue sur logiciel libre, conforme aux normes d'accessibilité.",
        en: "Bilingual site built on open-source software, meeting accessibility standards.",
      },
      unit: U.project,
      priceRange: [3500, 18000],
    },
    {
      name: { fr: "Application Web sur mesure", en: "Custom web application" },
      description: {
        fr: "Conception et développement d'outils de gestion, de formulaires et de portails.",
        en: "Design and development of management tools, forms and portals.",
      },
      unit: U.hour,
      priceRange: [85, 140],
    },
    {
      name: { fr: "Maintenance de site Web", en: "Website maintenance" },
      description: {
        fr: "Mises à jour de sécurité, sauvegardes et petites modifications de contenu.",
        en: "Security updates, backups and small content changes.",
      },
      unit: U.month,
      priceRange: [60, 400],
    },
  ],
  "hebergement-infonuagique": [
    {
      name: { fr: "Hébergement Web au Canada", en: "Web hosting in Canada" },
      description: {
        fr: "Hébergement mutualisé ou dédié avec données conservées au Canada.",
        en: "Shared or dedicated hosting with data kept in Canada.",
      },
      unit: U.month,
      priceRange: [15, 300],
    },
    {
      name: { fr: "Sauvegarde infonuagique", en: "Cloud backup" },
      description: {
        fr: "Sauvegarde chiffrée et automatisée des postes et des serveurs.",
        en: "Encrypted, automated backup of workstations and servers.",
      },
      unit: U.userMonth,
      priceRange: [8, 25],
    },
  ],
  "effacement-donnees": [
    {
      name: { fr: "Effacement certifié de disques", en: "Certified drive erasure" },
      description: {
        fr: "Effacement logiciel conforme aux normes reconnues, avec rapport par appareil.",
        en: "Software erasure meeting recognized standards, with a report per device.",
      },
      unit: U.device,
      priceRange: [8, 30],
    },
    {
      name: { fr: "Destruction physique de supports", en: "Physical media destruction" },
      description: {
        fr: "Broyage de disques durs, clés USB et téléphones, certificat de destruction fourni.",
        en: "Shredding of hard drives, USB keys and phones, with certificate of destruction.",
      },
      unit: U.device,
      priceRange: [5, 20],
    },
  ],
  "accessibilite-numerique": [
    {
      name: { fr: "Audit d'accessibilité Web", en: "Web accessibility audit" },
      description: {
        fr: "Évaluation selon les WCAG et le standard SGQRI 008, avec plan de correction.",
        en: "Assessment against WCAG and the SGQRI 008 standard, with a remediation plan.",
      },
      unit: U.project,
      priceRange: [2500, 12000],
    },
    {
      name: { fr: "Tests avec des utilisateurs en situation de handicap", en: "Testing with users with disabilities" },
      description: {
        fr: "Séances de tests réalisées par des testeurs utilisant des technologies d'assistance.",
        en: "Test sessions run by testers who use assistive technologies.",
      },
      unit: U.session,
      priceRange: [400, 1500],
    },
    {
      name: { fr: "Documents PDF accessibles", en: "Accessible PDF documents" },
      description: {
        fr: "Mise en accessibilité de rapports et de formulaires PDF.",
        en: "Remediation of PDF reports and forms for accessibility.",
      },
      unit: U.page,
      priceRange: [4, 15],
    },
  ],
  "cablage-reseaux": [
    {
      name: { fr: "Câblage structuré", en: "Structured cabling" },
      description: {
        fr: "Installation et certification de prises réseau pour bureaux et écoles.",
        en: "Installation and certification of network drops for offices and schools.",
      },
      unit: U.unit,
      priceRange: [150, 350],
    },
    {
      name: { fr: "Installation de réseau Wi-Fi", en: "Wi-Fi network installation" },
      description: {
        fr: "Étude de couverture, installation des bornes et configuration sécurisée.",
        en: "Coverage survey, access-point installation and secure configuration.",
      },
      unit: U.project,
      priceRange: [1200, 9000],
    },
  ],

  // Aménagement paysager et entretien des espaces verts
  "entretien-terrains": [
    {
      name: { fr: "Tonte de gazon hebdomadaire", en: "Weekly lawn mowing" },
      description: {
        fr: "Tonte, taille des bordures et ramassage des débris, de mai à octobre.",
        en: "Mowing, edging and debris pickup, May to October.",
      },
      unit: U.visit,
      priceRange: [45, 400],
    },
    {
      name: { fr: "Nettoyage printanier et automnal", en: "Spring and fall clean-up" },
      description: {
        fr: "Ramassage des feuilles, déchaumage et nettoyage des plates-bandes.",
        en: "Leaf collection, dethatching and flower-bed clean-up.",
      },
      unit: U.hour,
      priceRange: [45, 75],
    },
    {
      name: { fr: "Contrat d'entretien de terrain", en: "Grounds maintenance contract" },
      description: {
        fr: "Entretien complet des terrains d'un établissement pour toute la saison.",
        en: "Full-season grounds maintenance for an institution.",
      },
      unit: U.season,
      priceRange: [2500, 30000],
    },
  ],
  "amenagement-paysager": [
    {
      name: { fr: "Plan d'aménagement paysager", en: "Landscape plan" },
      description: {
        fr: "Conception d'un plan favorisant les plantes indigènes et la gestion de l'eau.",
        en: "Design of a plan favouring native plants and stormwater management.",
      },
      unit: U.project,
      priceRange: [800, 5000],
    },
    {
      name: { fr: "Installation de pavé et de murets", en: "Paving stone and retaining wall installation" },
      description: {
        fr: "Aménagement de sentiers, de terrasses et de murets pour cours d'école et parcs.",
        en: "Paths, patios and retaining walls for schoolyards and parks.",
      },
      unit: U.sqft,
      priceRange: [18, 45],
    },
  ],
  "horticulture-platebandes": [
    {
      name: { fr: "Entretien de plates-bandes", en: "Flower-bed maintenance" },
      description: {
        fr: "Désherbage, paillis, taille et arrosage des aménagements floraux.",
        en: "Weeding, mulching, pruning and watering of flower beds.",
      },
      unit: U.hour,
      priceRange: [42, 68],
    },
    {
      name: { fr: "Plantation de fleurs annuelles", en: "Annual flower planting" },
      description: {
        fr: "Fourniture et plantation de fleurs annuelles et de bacs fleuris.",
        en: "Supply and planting of annual flowers and flower planters.",
      },
      unit: U.sqft,
      priceRange: [6, 18],
    },
  ],
  "arboriculture-elagage": [
    {
      name: { fr: "Élagage d'arbres", en: "Tree pruning" },
      description: {
        fr: "Taille de formation et d'entretien réalisée par des arboriculteurs qualifiés.",
        en: "Structural and maintenance pruning by qualified arborists.",
      },
      unit: U.tree,
      priceRange: [150, 900],
    },
    {
      name: { fr: "Abattage et essouchement", en: "Tree removal and stump grinding" },
      description: {
        fr: "Abattage sécuritaire d'arbres malades ou dangereux, incluant les frênes atteints par l'agrile.",
        en: "Safe removal of diseased or hazardous trees, including ash trees hit by the emerald ash borer.",
      },
      unit: U.tree,
      priceRange: [350, 2500],
    },
  ],
  "verdissement-plantation": [
    {
      name: { fr: "Plantation d'arbres en milieu urbain", en: "Urban tree planting" },
      description: {
        fr: "Fourniture, plantation et suivi de croissance sur deux ans.",
        en: "Supply, planting and two-year growth follow-up.",
      },
      unit: U.tree,
      priceRange: [250, 900],
    },
    {
      name: { fr: "Verdissement de cours d'école", en: "Schoolyard greening" },
      description: {
        fr: "Projet clés en main pour réduire les îlots de chaleur avec la participation des élèves.",
        en: "Turnkey project to reduce heat islands, with student participation.",
      },
      unit: U.project,
      priceRange: [8000, 60000],
    },
  ],
  deneigement: [
    {
      name: { fr: "Déneigement de stationnements", en: "Parking lot snow clearing" },
      description: {
        fr: "Déneigement et épandage d'abrasifs pour toute la saison hivernale.",
        en: "Snow clearing and sanding for the whole winter season.",
      },
      unit: U.season,
      priceRange: [1500, 25000],
    },
    {
      name: { fr: "Déneigement manuel des entrées", en: "Manual clearing of entrances" },
      description: {
        fr: "Pelletage des entrées, rampes et escaliers, avant l'ouverture des bâtiments.",
        en: "Shovelling of entrances, ramps and stairs before buildings open.",
      },
      unit: U.visit,
      priceRange: [40, 180],
    },
    {
      name: { fr: "Déneigement de toitures", en: "Roof snow removal" },
      description: {
        fr: "Retrait de la neige et de la glace sur les toits plats, équipe formée au travail en hauteur.",
        en: "Snow and ice removal on flat roofs by a team trained for work at heights.",
      },
      unit: U.hour,
      priceRange: [60, 120],
    },
  ],
  "entretien-parcs-sentiers": [
    {
      name: { fr: "Entretien de sentiers", en: "Trail maintenance" },
      description: {
        fr: "Débroussaillage, nivellement et signalisation des sentiers pédestres.",
        en: "Brushing, grading and signage of walking trails.",
      },
      unit: U.day,
      priceRange: [600, 2200],
    },
    {
      name: { fr: "Contrôle des espèces envahissantes", en: "Invasive species control" },
      description: {
        fr: "Arrachage et suivi de la renouée du Japon, du nerprun et du roseau commun.",
        en: "Removal and monitoring of Japanese knotweed, buckthorn and common reed.",
      },
      unit: U.day,
      priceRange: [700, 2500],
    },
  ],

  // Formation et services-conseils
  "formation-sst": [
    {
      name: { fr: "Formation en secourisme en milieu de travail", en: "Workplace first-aid training" },
      description: {
        fr: "Formation de 16 heures menant à une attestation de secouriste reconnue.",
        en: "16-hour course leading to a recognized first-aider certificate.",
      },
      unit: U.person,
      priceRange: [120, 220],
    },
    {
      name: { fr: "Formation SIMDUT", en: "WHMIS training" },
      description: {
        fr: "Formation en ligne ou en classe sur les produits dangereux au travail.",
        en: "Online or in-class training on hazardous products in the workplace.",
      },
      unit: U.person,
      priceRange: [35, 90],
    },
    {
      name: { fr: "Programme de prévention", en: "Prevention program" },
      description: {
        fr: "Élaboration du programme de prévention et de l'analyse des risques de l'établissement.",
        en: "Development of the workplace prevention program and risk analysis.",
      },
      unit: U.project,
      priceRange: [2000, 12000],
    },
  ],
  "mutuelle-prevention": [
    {
      name: { fr: "Adhésion à une mutuelle de prévention", en: "Prevention mutual membership" },
      description: {
        fr: "Regroupement d'employeurs visant à réduire la cotisation CNESST par la prévention.",
        en: "Group of employers aiming to lower CNESST premiums through prevention.",
      },
      unit: U.year,
      priceRange: [600, 6000],
    },
    {
      name: { fr: "Gestion des dossiers de lésions professionnelles", en: "Workplace injury file management" },
      description: {
        fr: "Suivi des réclamations, assignation temporaire et retour au travail.",
        en: "Claim follow-up, temporary assignment and return-to-work support.",
      },
      unit: U.hour,
      priceRange: [75, 140],
    },
  ],
  francisation: [
    {
      name: { fr: "Francisation en milieu de travail", en: "Workplace French courses" },
      description: {
        fr: "Cours de français adaptés au vocabulaire du métier, donnés sur les lieux de travail.",
        en: "French classes tailored to job vocabulary, given at the workplace.",
      },
      unit: U.hour,
      priceRange: [55, 110],
    },
    {
      name: { fr: "Cours d'anglais ou de français en groupe", en: "Group English or French classes" },
      description: {
        fr: "Sessions de 10 semaines pour groupes de 6 à 12 personnes.",
        en: "10-week sessions for groups of 6 to 12 people.",
      },
      unit: U.group,
      priceRange: [1800, 5000],
    },
  ],
  "litteratie-numerique": [
    {
      name: { fr: "Ateliers de compétences numériques", en: "Digital skills workshops" },
      description: {
        fr: "Ateliers d'initiation au courriel, aux services en ligne et à la sécurité.",
        en: "Introductory workshops on email, online services and safety.",
      },
      unit: U.session,
      priceRange: [200, 650],
    },
    {
      name: { fr: "Formation en bureautique", en: "Office software training" },
      description: {
        fr: "Formation pratique sur les suites bureautiques courantes, du niveau débutant à avancé.",
        en: "Hands-on training on common office suites, from beginner to advanced.",
      },
      unit: U.person,
      priceRange: [90, 300],
    },
    {
      name: { fr: "Sensibilisation à la cybersécurité", en: "Cybersecurity awareness" },
      description: {
        fr: "Atelier sur l'hameçonnage et les bonnes pratiques, adapté aux employés.",
        en: "Workshop on phishing and good practices, tailored for staff.",
      },
      unit: U.session,
      priceRange: [350, 1200],
    },
  ],
  "conseil-gestion": [
    {
      name: { fr: "Planification stratégique", en: "Strategic planning" },
      description: {
        fr: "Animation d'une démarche participative et rédaction du plan stratégique.",
        en: "Facilitation of a participatory process and drafting of the strategic plan.",
      },
      unit: U.project,
      priceRange: [4000, 25000],
    },
    {
      name: { fr: "Accompagnement en gouvernance", en: "Governance coaching" },
      description: {
        fr: "Soutien aux conseils d'administration : règlements, rôles et politiques.",
        en: "Support for boards of directors: bylaws, roles and policies.",
      },
      unit: U.hour,
      priceRange: [80, 150],
    },
  ],
  "conseil-ressources-humaines": [
    {
      name: { fr: "Processus de recrutement", en: "Recruitment process" },
      description: {
        fr: "Affichage, présélection, entrevues et vérification des références.",
        en: "Job posting, screening, interviews and reference checks.",
      },
      unit: U.project,
      priceRange: [1500, 7000],
    },
    {
      name: { fr: "Exercice d'équité salariale", en: "Pay equity exercise" },
      description: {
        fr: "Réalisation ou maintien de l'équité salariale selon la loi québécoise.",
        en: "Completion or maintenance of pay equity under Quebec law.",
      },
      unit: U.project,
      priceRange: [2500, 12000],
    },
    {
      name: { fr: "Diagnostic du climat de travail", en: "Workplace climate assessment" },
      description: {
        fr: "Sondage, entrevues et recommandations pour améliorer le climat de travail.",
        en: "Survey, interviews and recommendations to improve the workplace climate.",
      },
      unit: U.project,
      priceRange: [3000, 15000],
    },
  ],
  "evaluation-recherche": [
    {
      name: { fr: "Évaluation de programme", en: "Program evaluation" },
      description: {
        fr: "Cadre d'évaluation, collecte de données et rapport avec recommandations.",
        en: "Evaluation framework, data collection and report with recommendations.",
      },
      unit: U.project,
      priceRange: [8000, 60000],
    },
    {
      name: { fr: "Étude de besoins", en: "Needs assessment" },
      description: {
        fr: "Portrait d'une population ou d'un territoire par sondage et groupes de discussion.",
        en: "Profile of a population or territory through surveys and focus groups.",
      },
      unit: U.project,
      priceRange: [5000, 35000],
    },
  ],
  "animation-concertation": [
    {
      name: { fr: "Animation de consultation publique", en: "Public consultation facilitation" },
      description: {
        fr: "Conception et animation de séances publiques, avec rapport de consultation.",
        en: "Design and facilitation of public sessions, with a consultation report.",
      },
      unit: U.event,
      priceRange: [1500, 8000],
    },
    {
      name: { fr: "Animation de rencontres de concertation", en: "Stakeholder meeting facilitation" },
      description: {
        fr: "Animation neutre de tables de concertation et de comités intersectoriels.",
        en: "Neutral facilitation of round tables and cross-sector committees.",
      },
      unit: U.session,
      priceRange: [600, 2500],
    },
  ],
  "accompagnement-habitation": [
    {
      name: { fr: "Développement de projet d'habitation", en: "Housing project development" },
      description: {
        fr: "Montage financier, choix des professionnels et suivi de chantier pour coopératives et OBNL d'habitation.",
        en: "Financing, selection of professionals and construction follow-up for housing co-ops and non-profits.",
      },
      unit: U.project,
      priceRange: [25000, 250000],
    },
    {
      name: { fr: "Étude de faisabilité", en: "Feasibility study" },
      description: {
        fr: "Analyse des besoins, du site et du budget d'un projet de logement communautaire.",
        en: "Analysis of needs, site and budget for a community housing project.",
      },
      unit: U.project,
      priceRange: [5000, 30000],
    },
  ],

  // Soutien à domicile et services aux personnes
  "aide-domestique": [
    {
      name: { fr: "Entretien ménager résidentiel", en: "Residential housekeeping" },
      description: {
        fr: "Entretien ménager léger et lourd au domicile de personnes aînées ou en perte d'autonomie.",
        en: "Light and heavy housekeeping in the homes of seniors or people with reduced autonomy.",
      },
      unit: U.hour,
      priceRange: [22, 38],
    },
    {
      name: { fr: "Préparation de repas à domicile", en: "In-home meal preparation" },
      description: {
        fr: "Préparation de repas pour la semaine selon les goûts et les besoins de la personne.",
        en: "Weekly meal preparation suited to the person's tastes and needs.",
      },
      unit: U.hour,
      priceRange: [24, 38],
    },
    {
      name: { fr: "Accompagnement aux courses", en: "Errand assistance" },
      description: {
        fr: "Courses, épicerie et commissions réalisées avec ou pour la personne.",
        en: "Shopping, groceries and errands done with or for the person.",
      },
      unit: U.hour,
      priceRange: [22, 36],
    },
  ],
  "assistance-personnelle": [
    {
      name: { fr: "Soins d'hygiène à domicile", en: "In-home personal hygiene care" },
      description: {
        fr: "Aide au bain, à l'habillage et aux déplacements par du personnel formé.",
        en: "Help with bathing, dressing and mobility by trained staff.",
      },
      unit: U.hour,
      priceRange: [30, 48],
    },
    {
      name: {
        fr: "Services sous entente avec un CISSS ou un CIUSSS",
        en: "Services under agreement with a CISSS or CIUSSS",
      },
      description: {
        fr: "Heures d'assistance personnelle attribuées par le réseau de la santé.",
        en: "Personal assistance hours assigned by the public health network.",
      },
      unit: U.hour,
      priceRange: [32, 50],
    },
  ],
  "repit-proches-aidants": [
    {
      name: { fr: "Répit à domicile", en: "In-home respite" },
      description: {
        fr: "Présence-surveillance pour permettre aux proches aidants de s'absenter.",
        en: "Companion supervision so caregivers can take time off.",
      },
      unit: U.hour,
      priceRange: [24, 40],
    },
    {
      name: { fr: "Répit de fin de semaine", en: "Weekend respite" },
      description: {
        fr: "Séjour de répit supervisé de 48 heures, activités comprises.",
        en: "Supervised 48-hour respite stay, activities included.",
      },
      unit: U.person,
      priceRange: [180, 450],
    },
  ],
  "transport-accompagnement": [
    {
      name: { fr: "Transport-accompagnement médical", en: "Accompanied medical transportation" },
      description: {
        fr: "Accompagnement aux rendez-vous médicaux, attente et retour à domicile.",
        en: "Escort to medical appointments, waiting and return home.",
      },
      unit: U.trip,
      priceRange: [15, 65],
    },
    {
      name: { fr: "Accompagnement pour sorties essentielles", en: "Escort for essential outings" },
      description: {
        fr: "Accompagnement à pied ou en voiture pour les courses et les démarches.",
        en: "Escort on foot or by car for errands and appointments.",
      },
      unit: U.hour,
      priceRange: [18, 35],
    },
  ],
  "halte-garderie": [
    {
      name: { fr: "Halte-garderie lors d'événements", en: "Event childcare" },
      description: {
        fr: "Garde d'enfants sur place pendant vos consultations, colloques ou activités familiales.",
        en: "On-site childcare during your consultations, conferences or family activities.",
      },
      unit: U.hour,
      priceRange: [60, 180],
    },
    {
      name: { fr: "Halte-garderie communautaire", en: "Community drop-in daycare" },
      description: {
        fr: "Places de garde ponctuelles pour les familles référées par vos services.",
        en: "Occasional childcare spots for families referred by your services.",
      },
      unit: U.child,
      priceRange: [10, 35],
    },
  ],
  "soutien-psychosocial": [
    {
      name: { fr: "Intervention de milieu", en: "Community outreach work" },
      description: {
        fr: "Intervenants présents dans les milieux de vie pour rejoindre les personnes vulnérables.",
        en: "Outreach workers present in living environments to reach vulnerable people.",
      },
      unit: U.hour,
      priceRange: [40, 70],
    },
    {
      name: { fr: "Soutien communautaire en logement", en: "Supportive housing services" },
      description: {
        fr: "Accompagnement des locataires pour favoriser la stabilité résidentielle.",
        en: "Support for tenants to foster housing stability.",
      },
      unit: U.month,
      priceRange: [1500, 9000],
    },
    {
      name: { fr: "Médiation citoyenne", en: "Community mediation" },
      description: {
        fr: "Médiation de conflits de voisinage et de cohabitation dans l'espace public.",
        en: "Mediation of neighbourhood and public-space conflicts.",
      },
      unit: U.project,
      priceRange: [800, 6000],
    },
  ],
  "services-funeraires": [
    {
      name: { fr: "Funérailles simples", en: "Simple funeral" },
      description: {
        fr: "Services funéraires à prix transparent, incluant les démarches administratives.",
        en: "Funeral services at a transparent price, including paperwork.",
      },
      unit: U.unit,
      priceRange: [2500, 6500],
    },
    {
      name: { fr: "Location de salle de recueillement", en: "Memorial room rental" },
      description: {
        fr: "Salle pour cérémonies et rassemblements commémoratifs.",
        en: "Room for ceremonies and memorial gatherings.",
      },
      unit: U.event,
      priceRange: [300, 1200],
    },
  ],

  // Mobilier et aménagement intérieur
  "mobilier-bureau": [
    {
      name: { fr: "Postes de travail assis-debout", en: "Sit-stand workstations" },
      description: {
        fr: "Bureaux réglables en hauteur fabriqués au Québec, livrés et montés.",
        en: "Height-adjustable desks made in Quebec, delivered and assembled.",
      },
      unit: U.unit,
      priceRange: [550, 1400],
    },
    {
      name: { fr: "Chaises ergonomiques", en: "Ergonomic chairs" },
      description: {
        fr: "Chaises de bureau réglables, garantie de 10 ans.",
        en: "Adjustable office chairs with a 10-year warranty.",
      },
      unit: U.unit,
      priceRange: [250, 900],
    },
    {
      name: { fr: "Classeurs et rangements", en: "Filing cabinets and storage" },
      description: {
        fr: "Classeurs latéraux, armoires et caissons mobiles.",
        en: "Lateral files, cabinets and mobile pedestals.",
      },
      unit: U.unit,
      priceRange: [180, 850],
    },
  ],
  "mobilier-reconditionne": [
    {
      name: { fr: "Bureaux reconditionnés", en: "Refurbished desks" },
      description: {
        fr: "Bureaux de qualité commerciale nettoyés, réparés et remis à neuf.",
        en: "Commercial-grade desks cleaned, repaired and renewed.",
      },
      unit: U.unit,
      priceRange: [120, 450],
    },
    {
      name: { fr: "Chaises de bureau remises à neuf", en: "Renewed office chairs" },
      description: {
        fr: "Chaises ergonomiques reconditionnées, recouvrement de tissu au choix.",
        en: "Refurbished ergonomic chairs, choice of fabric covering.",
      },
      unit: U.unit,
      priceRange: [90, 350],
    },
    {
      name: { fr: "Aménagement complet en mobilier de réemploi", en: "Complete fit-out with reused furniture" },
      description: {
        fr: "Inventaire, plan et livraison de mobilier reconditionné pour un étage complet.",
        en: "Inventory, layout and delivery of refurbished furniture for a full floor.",
      },
      unit: U.project,
      priceRange: [5000, 60000],
    },
  ],
  "mobilier-scolaire": [
    {
      name: { fr: "Pupitres et chaises d'élèves", en: "Student desks and chairs" },
      description: {
        fr: "Mobilier robuste ajustable pour les classes du primaire et du secondaire.",
        en: "Sturdy adjustable furniture for elementary and secondary classrooms.",
      },
      unit: U.unit,
      priceRange: [90, 320],
    },
    {
      name: { fr: "Mobilier pour CPE", en: "Daycare furniture" },
      description: {
        fr: "Tables, casiers et étagères en bois massif à la hauteur des tout-petits.",
        en: "Solid-wood tables, cubbies and shelves at toddler height.",
      },
      unit: U.unit,
      priceRange: [150, 1200],
    },
    {
      name: { fr: "Bibliothèques et rayonnages", en: "Bookcases and shelving" },
      description: {
        fr: "Rayonnages pour bibliothèques scolaires et municipales.",
        en: "Shelving for school and municipal libraries.",
      },
      unit: U.unit,
      priceRange: [300, 1800],
    },
  ],
  "ebenisterie-sur-mesure": [
    {
      name: { fr: "Comptoirs d'accueil sur mesure", en: "Custom reception counters" },
      description: {
        fr: "Conception et fabrication de comptoirs accessibles en bois du Québec.",
        en: "Design and fabrication of accessible counters in Quebec wood.",
      },
      unit: U.unit,
      priceRange: [2500, 15000],
    },
    {
      name: { fr: "Armoires et rangements intégrés", en: "Built-in cabinets and storage" },
      description: {
        fr: "Armoires de cuisine, de classe ou de bureau fabriquées en atelier.",
        en: "Kitchen, classroom or office cabinets built in our shop.",
      },
      unit: U.linearFt,
      priceRange: [250, 900],
    },
  ],
  "rembourrage-reparation": [
    {
      name: { fr: "Recouvrement de chaises", en: "Chair recovering" },
      description: {
        fr: "Remplacement du tissu et de la mousse de chaises de bureau ou de salle.",
        en: "Fabric and foam replacement for office or auditorium chairs.",
      },
      unit: U.unit,
      priceRange: [60, 220],
    },
    {
      name: { fr: "Réparation de mobilier", en: "Furniture repair" },
      description: {
        fr: "Réparation de structures, de mécanismes et de finitions.",
        en: "Repair of frames, mechanisms and finishes.",
      },
      unit: U.hour,
      priceRange: [45, 80],
    },
  ],
  "mobilier-exterieur": [
    {
      name: { fr: "Tables à pique-nique", en: "Picnic tables" },
      description: {
        fr: "Tables en bois traité ou en plastique recyclé, modèles accessibles disponibles.",
        en: "Treated-wood or recycled-plastic tables, accessible models available.",
      },
      unit: U.unit,
      priceRange: [350, 1500],
    },
    {
      name: { fr: "Bancs de parc", en: "Park benches" },
      description: {
        fr: "Bancs robustes pour parcs, cours d'école et abords de bâtiments.",
        en: "Sturdy benches for parks, schoolyards and building surroundings.",
      },
      unit: U.unit,
      priceRange: [400, 2200],
    },
    {
      name: { fr: "Bacs de plantation et supports à vélos", en: "Planters and bike racks" },
      description: {
        fr: "Bacs en bois et supports à vélos fabriqués en atelier local.",
        en: "Wooden planters and bike racks made in a local shop.",
      },
      unit: U.unit,
      priceRange: [150, 1200],
    },
  ],
  "amenagement-espaces": [
    {
      name: { fr: "Plan d'aménagement de bureaux", en: "Office layout plan" },
      description: {
        fr: "Analyse des besoins et plan d'aménagement favorisant l'ergonomie et le réemploi.",
        en: "Needs analysis and layout favouring ergonomics and reuse.",
      },
      unit: U.sqft,
      priceRange: [0.5, 2.5],
    },
    {
      name: { fr: "Évaluation ergonomique des postes", en: "Workstation ergonomic assessment" },
      description: {
        fr: "Évaluation individuelle et ajustement des postes de travail.",
        en: "Individual assessment and adjustment of workstations.",
      },
      unit: U.unit,
      priceRange: [90, 250],
    },
  ],

  // Textiles, couture et vêtements de travail
  "vetements-travail": [
    {
      name: { fr: "Uniformes brodés", en: "Embroidered uniforms" },
      description: {
        fr: "Polos, chemises et vestes à l'image de votre organisation.",
        en: "Polos, shirts and jackets branded for your organization.",
      },
      unit: U.unit,
      priceRange: [25, 120],
    },
    {
      name: { fr: "Sarraus et tuniques", en: "Lab coats and tunics" },
      description: {
        fr: "Sarraus et tuniques de soins confectionnés au Québec.",
        en: "Lab coats and care tunics made in Quebec.",
      },
      unit: U.unit,
      priceRange: [30, 75],
    },
    {
      name: { fr: "Vêtements haute visibilité", en: "High-visibility clothing" },
      description: {
        fr: "Dossards et vestes haute visibilité conformes aux normes en vigueur.",
        en: "High-visibility vests and jackets meeting current standards.",
      },
      unit: U.unit,
      priceRange: [15, 140],
    },
  ],
  "confection-facon": [
    {
      name: { fr: "Couture industrielle en petites séries", en: "Small-run industrial sewing" },
      description: {
        fr: "Confection de 50 à 5 000 pièces à partir de vos patrons.",
        en: "Production of 50 to 5,000 pieces from your patterns.",
      },
      unit: U.unit,
      priceRange: [4, 45],
    },
    {
      name: { fr: "Prototypage textile", en: "Textile prototyping" },
      description: {
        fr: "Développement de prototypes et ajustement des patrons.",
        en: "Prototype development and pattern adjustment.",
      },
      unit: U.hour,
      priceRange: [45, 85],
    },
  ],
  "retouches-reparations": [
    {
      name: { fr: "Retouches de vêtements", en: "Clothing alterations" },
      description: {
        fr: "Ourlets, ajustements et remplacement de fermetures éclair.",
        en: "Hems, fitting and zipper replacement.",
      },
      unit: U.item,
      priceRange: [10, 45],
    },
    {
      name: { fr: "Réparation d'uniformes et d'équipements textiles", en: "Uniform and textile gear repair" },
      description: {
        fr: "Réparation de vêtements de travail pour prolonger leur durée de vie.",
        en: "Repair of workwear to extend its useful life.",
      },
      unit: U.item,
      priceRange: [8, 40],
    },
  ],
  "linge-institutionnel": [
    {
      name: { fr: "Draps et taies d'oreiller", en: "Sheets and pillowcases" },
      description: {
        fr: "Literie durable pour résidences, refuges et centres d'hébergement.",
        en: "Durable bedding for residences, shelters and care centres.",
      },
      unit: U.unit,
      priceRange: [8, 35],
    },
    {
      name: { fr: "Jaquettes d'hôpital", en: "Hospital gowns" },
      description: {
        fr: "Jaquettes lavables confectionnées selon les exigences des établissements de santé.",
        en: "Washable gowns made to health-care facility specifications.",
      },
      unit: U.unit,
      priceRange: [12, 30],
    },
    {
      name: { fr: "Serviettes et débarbouillettes", en: "Towels and washcloths" },
      description: {
        fr: "Linge de toilette en coton, à l'unité ou en lots.",
        en: "Cotton towels, by the unit or in lots.",
      },
      unit: U.unit,
      priceRange: [2, 15],
    },
  ],
  "rideaux-stores": [
    {
      name: { fr: "Rideaux sur mesure", en: "Custom curtains" },
      description: {
        fr: "Rideaux ignifuges pour salles communes, classes et salles de spectacle.",
        en: "Flame-retardant curtains for common rooms, classrooms and theatres.",
      },
      unit: U.linearFt,
      priceRange: [20, 75],
    },
    {
      name: { fr: "Rideaux d'intimité", en: "Privacy curtains" },
      description: {
        fr: "Rideaux séparateurs lavables pour chambres et salles d'examen.",
        en: "Washable privacy curtains for rooms and exam areas.",
      },
      unit: U.unit,
      priceRange: [80, 250],
    },
  ],
  "sacs-reutilisables": [
    {
      name: { fr: "Sacs fourre-tout imprimés", en: "Printed tote bags" },
      description: {
        fr: "Sacs en coton ou en tissu récupéré, imprimés à votre logo.",
        en: "Cotton or reclaimed-fabric bags printed with your logo.",
      },
      unit: U.unit,
      priceRange: [4, 18],
    },
    {
      name: { fr: "Tabliers de cuisine", en: "Kitchen aprons" },
      description: {
        fr: "Tabliers durables pour cuisines collectives et cafétérias.",
        en: "Durable aprons for community kitchens and cafeterias.",
      },
      unit: U.unit,
      priceRange: [12, 35],
    },
  ],
  "revalorisation-textile": [
    {
      name: { fr: "Collecte de textiles", en: "Textile collection" },
      description: {
        fr: "Collecte des uniformes et textiles désuets pour réemploi ou recyclage.",
        en: "Collection of old uniforms and textiles for reuse or recycling.",
      },
      unit: U.pickup,
      priceRange: [50, 300],
    },
    {
      name: { fr: "Surcyclage de bannières et d'uniformes", en: "Upcycling of banners and uniforms" },
      description: {
        fr: "Transformation de vos anciennes bannières ou uniformes en sacs et accessoires.",
        en: "Turning your old banners or uniforms into bags and accessories.",
      },
      unit: U.unit,
      priceRange: [8, 40],
    },
  ],

  // Déménagement, livraison et transport
  demenagement: [
    {
      name: { fr: "Déménagement de bureaux", en: "Office move" },
      description: {
        fr: "Équipe de déménageurs, camion, emballage et remontage du mobilier.",
        en: "Moving crew, truck, packing and furniture reassembly.",
      },
      unit: U.hour,
      priceRange: [120, 260],
    },
    {
      name: { fr: "Location de bacs de déménagement", en: "Moving crate rental" },
      description: {
        fr: "Bacs réutilisables livrés et récupérés, une solution sans carton.",
        en: "Reusable crates delivered and picked up, a cardboard-free option.",
      },
      unit: U.week,
      priceRange: [2, 5],
    },
    {
      name: { fr: "Manutention interne", en: "Internal handling" },
      description: {
        fr: "Déplacement de mobilier et de boîtes entre étages ou entre bâtiments.",
        en: "Moving furniture and boxes between floors or buildings.",
      },
      unit: U.hour,
      priceRange: [45, 90],
    },
  ],
  "livraison-messagerie": [
    {
      name: { fr: "Livraison le jour même", en: "Same-day delivery" },
      description: {
        fr: "Livraison de documents et de colis dans la ville et les environs.",
        en: "Delivery of documents and parcels in town and the surrounding area.",
      },
      unit: U.delivery,
      priceRange: [12, 45],
    },
    {
      name: { fr: "Navette de courrier interne", en: "Interoffice mail shuttle" },
      description: {
        fr: "Circuit quotidien entre vos points de service.",
        en: "Daily route between your service points.",
      },
      unit: U.month,
      priceRange: [600, 3500],
    },
  ],
  "livraison-velo-cargo": [
    {
      name: { fr: "Livraison à vélo-cargo", en: "Cargo-bike delivery" },
      description: {
        fr: "Livraison zéro émission de colis jusqu'à 150 kg au centre-ville.",
        en: "Zero-emission delivery of loads up to 150 kg downtown.",
      },
      unit: U.delivery,
      priceRange: [10, 35],
    },
    {
      name: { fr: "Circuit de livraison régulier", en: "Scheduled delivery route" },
      description: {
        fr: "Tournée planifiée pour bibliothèques, écoles ou points de service.",
        en: "Planned route for libraries, schools or service points.",
      },
      unit: U.month,
      priceRange: [400, 2500],
    },
  ],
  entreposage: [
    {
      name: { fr: "Entreposage sur palettes", en: "Pallet storage" },
      description: {
        fr: "Espace d'entrepôt sécurisé, avec réception et expédition.",
        en: "Secure warehouse space, with receiving and shipping.",
      },
      unit: U.pallet,
      priceRange: [12, 35],
    },
    {
      name: { fr: "Préparation de commandes", en: "Order picking" },
      description: {
        fr: "Gestion de l'inventaire et préparation des envois à vos établissements.",
        en: "Inventory management and preparation of shipments to your sites.",
      },
      unit: U.hour,
      priceRange: [35, 65],
    },
  ],
  "transport-adapte": [
    {
      name: { fr: "Transport adapté en minibus", en: "Accessible minibus transportation" },
      description: {
        fr: "Minibus équipés de rampes pour personnes en fauteuil roulant.",
        en: "Ramp-equipped minibuses for wheelchair users.",
      },
      unit: U.trip,
      priceRange: [20, 90],
    },
    {
      name: { fr: "Service de transport collectif régional", en: "Regional community transit service" },
      description: {
        fr: "Exploitation de circuits de transport collectif en milieu rural.",
        en: "Operation of community transit routes in rural areas.",
      },
      unit: U.hour,
      priceRange: [70, 130],
    },
  ],
  "transport-nolise": [
    {
      name: { fr: "Autobus nolisé pour sortie de groupe", en: "Charter bus for group outings" },
      description: {
        fr: "Autobus de 24 à 56 places avec chauffeur pour sorties scolaires et événements.",
        en: "24- to 56-seat bus with driver for school trips and events.",
      },
      unit: U.day,
      priceRange: [650, 1800],
    },
    {
      name: { fr: "Navette événementielle", en: "Event shuttle" },
      description: {
        fr: "Navette entre stationnements et sites d'événements.",
        en: "Shuttle between parking lots and event sites.",
      },
      unit: U.hour,
      priceRange: [90, 170],
    },
  ],
  "entretien-velos": [
    {
      name: { fr: "Mise au point de vélos", en: "Bicycle tune-up" },
      description: {
        fr: "Inspection, réglage des freins et des vitesses, lubrification.",
        en: "Inspection, brake and gear adjustment, lubrication.",
      },
      unit: U.unit,
      priceRange: [45, 120],
    },
    {
      name: { fr: "Entretien de flotte de vélos", en: "Bicycle fleet maintenance" },
      description: {
        fr: "Entretien saisonnier des vélos de service ou en libre-service.",
        en: "Seasonal maintenance of service or bike-share fleets.",
      },
      unit: U.season,
      priceRange: [1500, 20000],
    },
  ],

  // Services événementiels et culturels
  "organisation-evenements": [
    {
      name: { fr: "Organisation de colloque", en: "Conference organization" },
      description: {
        fr: "Logistique complète : salle, inscriptions, traiteur, accueil et bilan.",
        en: "Full logistics: venue, registration, catering, welcome desk and debrief.",
      },
      unit: U.project,
      priceRange: [5000, 45000],
    },
    {
      name: { fr: "Gestion des inscriptions", en: "Registration management" },
      description: {
        fr: "Formulaire en ligne, suivi des paiements et accueil des participants.",
        en: "Online form, payment tracking and participant check-in.",
      },
      unit: U.person,
      priceRange: [4, 15],
    },
    {
      name: { fr: "Événement écoresponsable clés en main", en: "Turnkey green event" },
      description: {
        fr: "Planification d'un événement à faible impact selon les normes reconnues.",
        en: "Planning of a low-impact event following recognized standards.",
      },
      unit: U.event,
      priceRange: [2500, 20000],
    },
  ],
  "location-salles": [
    {
      name: { fr: "Salle de réunion équipée", en: "Equipped meeting room" },
      description: {
        fr: "Salle de 10 à 40 places avec écran, visioconférence et Wi-Fi.",
        en: "Room for 10 to 40 people with screen, videoconferencing and Wi-Fi.",
      },
      unit: U.day,
      priceRange: [150, 700],
    },
    {
      name: { fr: "Salle de réception ou de spectacle", en: "Reception or performance hall" },
      description: {
        fr: "Grande salle de 100 à 400 places, avec régie technique.",
        en: "Large hall for 100 to 400 people, with technical booth.",
      },
      unit: U.event,
      priceRange: [600, 4000],
    },
  ],
  "regie-technique": [
    {
      name: { fr: "Sonorisation d'événement", en: "Event sound system" },
      description: {
        fr: "Système de son, micros et technicien pour conférences et spectacles.",
        en: "Sound system, microphones and technician for conferences and shows.",
      },
      unit: U.event,
      priceRange: [400, 3500],
    },
    {
      name: { fr: "Éclairage de scène", en: "Stage lighting" },
      description: {
        fr: "Conception et opération de l'éclairage, équipement inclus.",
        en: "Lighting design and operation, equipment included.",
      },
      unit: U.event,
      priceRange: [500, 4500],
    },
    {
      name: { fr: "Scène mobile", en: "Mobile stage" },
      description: {
        fr: "Scène extérieure montée et démontée par notre équipe.",
        en: "Outdoor stage set up and taken down by our crew.",
      },
      unit: U.day,
      priceRange: [1200, 6000],
    },
  ],
  "spectacles-animation": [
    {
      name: { fr: "Spectacle musical", en: "Musical performance" },
      description: {
        fr: "Prestation d'artistes d'ici pour fêtes de quartier et événements corporatifs.",
        en: "Performance by local artists for neighbourhood festivals and corporate events.",
      },
      unit: U.event,
      priceRange: [800, 6000],
    },
    {
      name: { fr: "Animation jeunesse", en: "Children's entertainment" },
      description: {
        fr: "Conteurs, maquillage et jeux animés pour les familles.",
        en: "Storytellers, face painting and games for families.",
      },
      unit: U.hour,
      priceRange: [90, 300],
    },
  ],
  "mediation-culturelle": [
    {
      name: { fr: "Ateliers de création artistique", en: "Art-making workshops" },
      description: {
        fr: "Ateliers animés par des artistes professionnels pour écoles, bibliothèques et résidences.",
        en: "Workshops led by professional artists for schools, libraries and residences.",
      },
      unit: U.session,
      priceRange: [250, 900],
    },
    {
      name: { fr: "Projet d'art communautaire", en: "Community art project" },
      description: {
        fr: "Création collective d'une œuvre (murale, installation) avec les citoyens.",
        en: "Collective creation of an artwork (mural, installation) with residents.",
      },
      unit: U.project,
      priceRange: [5000, 40000],
    },
  ],
  "production-audiovisuelle": [
    {
      name: { fr: "Vidéo promotionnelle", en: "Promotional video" },
      description: {
        fr: "Scénarisation, tournage et montage d'une vidéo de 1 à 3 minutes, sous-titrée.",
        en: "Scripting, shooting and editing of a 1- to 3-minute captioned video.",
      },
      unit: U.project,
      priceRange: [2500, 15000],
    },
    {
      name: { fr: "Captation et webdiffusion", en: "Event recording and livestream" },
      description: {
        fr: "Captation multicaméra et diffusion en direct de vos événements.",
        en: "Multi-camera recording and live streaming of your events.",
      },
      unit: U.event,
      priceRange: [1200, 8000],
    },
    {
      name: { fr: "Production de balados", en: "Podcast production" },
      description: {
        fr: "Enregistrement, montage et diffusion d'épisodes de balado.",
        en: "Recording, editing and publishing of podcast episodes.",
      },
      unit: U.unit,
      priceRange: [400, 2000],
    },
  ],
  "location-materiel-evenementiel": [
    {
      name: { fr: "Location de chapiteaux", en: "Tent rental" },
      description: {
        fr: "Chapiteaux de 10 × 10 à 40 × 80 pieds, montage inclus.",
        en: "Tents from 10 × 10 to 40 × 80 feet, set-up included.",
      },
      unit: U.event,
      priceRange: [250, 5000],
    },
    {
      name: { fr: "Location de tables et de chaises", en: "Table and chair rental" },
      description: {
        fr: "Tables rondes ou rectangulaires et chaises pliantes, livrées et récupérées.",
        en: "Round or rectangular tables and folding chairs, delivered and picked up.",
      },
      unit: U.unit,
      priceRange: [2, 15],
    },
  ],

  // Construction, rénovation et menuiserie
  "renovation-residentielle": [
    {
      name: { fr: "Rénovation de logements sociaux", en: "Social housing renovation" },
      description: {
        fr: "Remise en état de logements entre deux locataires : planchers, peinture, salle de bain.",
        en: "Unit turnover renovation between tenants: floors, paint, bathroom.",
      },
      unit: U.project,
      priceRange: [3000, 45000],
    },
    {
      name: { fr: "Rénovation de salle de bain", en: "Bathroom renovation" },
      description: {
        fr: "Rénovation complète, incluant plomberie et céramique, par des travailleurs qualifiés.",
        en: "Complete renovation, including plumbing and tiling, by qualified workers.",
      },
      unit: U.project,
      priceRange: [8000, 30000],
    },
  ],
  "renovation-institutionnelle": [
    {
      name: { fr: "Réaménagement de locaux", en: "Space reconfiguration" },
      description: {
        fr: "Cloisons, plafonds, revêtements et finitions pour bureaux et écoles.",
        en: "Partitions, ceilings, floor coverings and finishes for offices and schools.",
      },
      unit: U.sqft,
      priceRange: [40, 160],
    },
    {
      name: { fr: "Travaux d'entretien de bâtiments", en: "Building maintenance work" },
      description: {
        fr: "Travaux correctifs planifiés sur le parc immobilier d'un organisme public.",
        en: "Scheduled corrective work across a public body's building portfolio.",
      },
      unit: U.hour,
      priceRange: [60, 110],
    },
  ],
  "menuiserie-charpenterie": [
    {
      name: { fr: "Finition intérieure", en: "Interior finish carpentry" },
      description: {
        fr: "Pose de moulures, portes, plinthes et boiseries.",
        en: "Installation of mouldings, doors, baseboards and trim.",
      },
      unit: U.hour,
      priceRange: [55, 95],
    },
    {
      name: { fr: "Construction de galeries et de rampes", en: "Deck and railing construction" },
      description: {
        fr: "Galeries, escaliers extérieurs et garde-corps en bois.",
        en: "Wooden decks, outdoor stairs and railings.",
      },
      unit: U.sqft,
      priceRange: [35, 90],
    },
    {
      name: { fr: "Charpente de bâtiments secondaires", en: "Framing for small buildings" },
      description: {
        fr: "Cabanons, abris et remises construits sur place.",
        en: "Sheds, shelters and storage buildings built on site.",
      },
      unit: U.project,
      priceRange: [3000, 25000],
    },
  ],
  peinture: [
    {
      name: { fr: "Peinture intérieure", en: "Interior painting" },
      description: {
        fr: "Préparation des surfaces, réparation de gypse et deux couches de finition.",
        en: "Surface preparation, drywall patching and two finish coats.",
      },
      unit: U.sqft,
      priceRange: [1.5, 4.5],
    },
    {
      name: { fr: "Peinture extérieure et teinture", en: "Exterior painting and staining" },
      description: {
        fr: "Peinture de façades, de galeries et de clôtures.",
        en: "Painting of façades, decks and fences.",
      },
      unit: U.sqft,
      priceRange: [2, 6],
    },
  ],
  "efficacite-energetique": [
    {
      name: { fr: "Isolation des entretoits", en: "Attic insulation" },
      description: {
        fr: "Ajout d'isolant en vrac et correction des fuites d'air.",
        en: "Blown-in insulation and air leak sealing.",
      },
      unit: U.sqft,
      priceRange: [1.5, 4],
    },
    {
      name: { fr: "Calfeutrage et étanchéité", en: "Caulking and air sealing" },
      description: {
        fr: "Calfeutrage des portes et fenêtres pour réduire la consommation d'énergie.",
        en: "Caulking of doors and windows to reduce energy use.",
      },
      unit: U.hour,
      priceRange: [50, 85],
    },
  ],
  "deconstruction-selective": [
    {
      name: { fr: "Déconstruction sélective", en: "Selective deconstruction" },
      description: {
        fr: "Démantèlement avec récupération et revente des matériaux réutilisables.",
        en: "Dismantling with recovery and resale of reusable materials.",
      },
      unit: U.sqft,
      priceRange: [4, 15],
    },
    {
      name: { fr: "Démolition intérieure", en: "Interior demolition" },
      description: {
        fr: "Retrait de cloisons et de revêtements avec tri des débris sur place.",
        en: "Removal of partitions and finishes with on-site debris sorting.",
      },
      unit: U.hour,
      priceRange: [50, 90],
    },
  ],
  "adaptation-domicile": [
    {
      name: { fr: "Installation de rampes d'accès", en: "Access ramp installation" },
      description: {
        fr: "Rampes en bois ou en aluminium conformes aux normes d'accessibilité.",
        en: "Wood or aluminium ramps meeting accessibility standards.",
      },
      unit: U.linearFt,
      priceRange: [150, 450],
    },
    {
      name: { fr: "Salle de bain adaptée", en: "Accessible bathroom" },
      description: {
        fr: "Douche sans seuil, barres d'appui et aménagements sécuritaires.",
        en: "Curbless shower, grab bars and safety features.",
      },
      unit: U.project,
      priceRange: [6000, 28000],
    },
    {
      name: { fr: "Installation de barres d'appui", en: "Grab bar installation" },
      description: {
        fr: "Pose de barres d'appui et de mains courantes au domicile.",
        en: "Installation of grab bars and handrails at home.",
      },
      unit: U.unit,
      priceRange: [90, 250],
    },
  ],

  // Agriculture et produits locaux
  "fruits-legumes": [
    {
      name: { fr: "Légumes de saison", en: "Seasonal vegetables" },
      description: {
        fr: "Légumes frais cueillis et livrés aux cuisines institutionnelles.",
        en: "Fresh-picked vegetables delivered to institutional kitchens.",
      },
      unit: U.kg,
      priceRange: [2, 8],
    },
    {
      name: { fr: "Petits fruits du Québec", en: "Quebec berries" },
      description: {
        fr: "Fraises, bleuets et framboises, frais en saison ou surgelés.",
        en: "Strawberries, blueberries and raspberries, fresh in season or frozen.",
      },
      unit: U.kg,
      priceRange: [6, 16],
    },
    {
      name: { fr: "Légumes de serre à l'année", en: "Year-round greenhouse vegetables" },
      description: {
        fr: "Laitues, tomates et fines herbes cultivées en serre.",
        en: "Lettuce, tomatoes and herbs grown in greenhouses.",
      },
      unit: U.kg,
      priceRange: [4, 14],
    },
  ],
  "paniers-bio": [
    {
      name: { fr: "Paniers biologiques hebdomadaires", en: "Weekly organic baskets" },
      description: {
        fr: "Paniers de légumes certifiés biologiques livrés à un point de chute au travail.",
        en: "Certified organic vegetable baskets delivered to a workplace drop-off point.",
      },
      unit: U.basket,
      priceRange: [20, 45],
    },
    {
      name: { fr: "Paniers pour programmes alimentaires", en: "Baskets for food programs" },
      description: {
        fr: "Paniers subventionnés pour les familles inscrites à vos programmes.",
        en: "Subsidized baskets for families enrolled in your programs.",
      },
      unit: U.basket,
      priceRange: [12, 30],
    },
  ],
  "produits-transformes": [
    {
      name: { fr: "Soupes et sauces en format institutionnel", en: "Institutional-size soups and sauces" },
      description: {
        fr: "Soupes, sauces et bouillons faits de légumes déclassés du Québec.",
        en: "Soups, sauces and stocks made from surplus Quebec vegetables.",
      },
      unit: U.litre,
      priceRange: [4, 12],
    },
    {
      name: { fr: "Confitures et conserves", en: "Jams and preserves" },
      description: {
        fr: "Confitures, marinades et ketchups maison en pots ou en format de service.",
        en: "Homemade jams, pickles and relishes in jars or food-service size.",
      },
      unit: U.unit,
      priceRange: [5, 14],
    },
  ],
  "viandes-oeufs": [
    {
      name: { fr: "Œufs frais de la ferme", en: "Farm-fresh eggs" },
      description: {
        fr: "Œufs de poules élevées au sol, livrés chaque semaine.",
        en: "Eggs from cage-free hens, delivered weekly.",
      },
      unit: U.dozen,
      priceRange: [4, 8],
    },
    {
      name: { fr: "Viandes et volailles locales", en: "Local meat and poultry" },
      description: {
        fr: "Coupes de bœuf, de porc et de poulet d'élevages régionaux.",
        en: "Beef, pork and chicken cuts from regional farms.",
      },
      unit: U.kg,
      priceRange: [9, 35],
    },
  ],
  "erable-miel": [
    {
      name: { fr: "Sirop d'érable en format cadeau", en: "Maple syrup gift bottles" },
      description: {
        fr: "Bouteilles et canettes de sirop d'érable pour cadeaux corporatifs.",
        en: "Maple syrup bottles and cans for corporate gifts.",
      },
      unit: U.unit,
      priceRange: [8, 25],
    },
    {
      name: { fr: "Miel local", en: "Local honey" },
      description: {
        fr: "Miel non pasteurisé de ruchers régionaux, en pots ou en vrac.",
        en: "Raw honey from regional apiaries, in jars or bulk.",
      },
      unit: U.kg,
      priceRange: [12, 28],
    },
    {
      name: { fr: "Produits de l'érable pour services alimentaires", en: "Maple products for food service" },
      description: {
        fr: "Sirop en vrac, beurre et sucre d'érable pour cuisines institutionnelles.",
        en: "Bulk syrup, maple butter and maple sugar for institutional kitchens.",
      },
      unit: U.litre,
      priceRange: [10, 22],
    },
  ],
  "distribution-circuits-courts": [
    {
      name: { fr: "Approvisionnement local regroupé", en: "Consolidated local sourcing" },
      description: {
        fr: "Commande unique regroupant plusieurs producteurs régionaux, une seule facture.",
        en: "One order grouping several regional producers, on a single invoice.",
      },
      unit: U.delivery,
      priceRange: [25, 90],
    },
    {
      name: { fr: "Marché fermier sur le lieu de travail", en: "Workplace farmers' market" },
      description: {
        fr: "Kiosque hebdomadaire de produits locaux sur votre site.",
        en: "Weekly local produce stand at your site.",
      },
      unit: U.event,
      priceRange: [150, 600],
    },
  ],
  "agriculture-urbaine": [
    {
      name: { fr: "Aménagement de potager collectif", en: "Community garden set-up" },
      description: {
        fr: "Conception et installation de bacs potagers pour écoles, résidences et parcs.",
        en: "Design and installation of raised vegetable beds for schools, residences and parks.",
      },
      unit: U.project,
      priceRange: [2000, 20000],
    },
    {
      name: { fr: "Animation horticole", en: "Gardening activities" },
      description: {
        fr: "Animation d'ateliers de jardinage et accompagnement saisonnier.",
        en: "Gardening workshops and seasonal coaching.",
      },
      unit: U.session,
      priceRange: [150, 500],
    },
  ],

  // Communication, design et traduction
  "design-graphique": [
    {
      name: { fr: "Conception de logo et d'identité visuelle", en: "Logo and visual identity design" },
      description: {
        fr: "Logo, palette de couleurs et guide de normes graphiques.",
        en: "Logo, colour palette and brand guidelines.",
      },
      unit: U.project,
      priceRange: [1500, 9000],
    },
    {
      name: { fr: "Mise en page de documents", en: "Document layout" },
      description: {
        fr: "Mise en page de rapports, guides et dépliants, accessibles et bilingues.",
        en: "Layout of reports, guides and brochures, accessible and bilingual.",
      },
      unit: U.page,
      priceRange: [25, 90],
    },
    {
      name: { fr: "Infographies", en: "Infographics" },
      description: {
        fr: "Conception d'infographies pour vulgariser des données.",
        en: "Infographic design to make data easy to understand.",
      },
      unit: U.unit,
      priceRange: [250, 1200],
    },
  ],
  "traduction-redaction": [
    {
      name: { fr: "Traduction anglais-français", en: "English–French translation" },
      description: {
        fr: "Traduction professionnelle par des traducteurs agréés.",
        en: "Professional translation by certified translators.",
      },
      unit: U.word,
      priceRange: [0.18, 0.32],
    },
    {
      name: { fr: "Révision linguistique", en: "Copy editing" },
      description: {
        fr: "Révision de textes français ou anglais, avec suivi des modifications.",
        en: "Editing of French or English texts, with tracked changes.",
      },
      unit: U.hour,
      priceRange: [50, 90],
    },
    {
      name: { fr: "Rédaction en langage clair", en: "Plain-language writing" },
      description: {
        fr: "Rédaction et simplification de documents destinés au grand public.",
        en: "Writing and simplifying documents for the general public.",
      },
      unit: U.hour,
      priceRange: [60, 110],
    },
  ],
  photographie: [
    {
      name: { fr: "Photographie d'événement", en: "Event photography" },
      description: {
        fr: "Couverture photo de vos événements, photos retouchées livrées en 5 jours.",
        en: "Photo coverage of your events, edited photos delivered in 5 days.",
      },
      unit: U.hour,
      priceRange: [90, 200],
    },
    {
      name: { fr: "Portraits corporatifs", en: "Corporate headshots" },
      description: {
        fr: "Séance de portraits sur place pour votre équipe.",
        en: "On-site headshot session for your team.",
      },
      unit: U.person,
      priceRange: [35, 120],
    },
  ],
  "relations-publiques": [
    {
      name: { fr: "Plan de communication", en: "Communications plan" },
      description: {
        fr: "Diagnostic, objectifs, publics cibles et calendrier de diffusion.",
        en: "Assessment, objectives, target audiences and publishing calendar.",
      },
      unit: U.project,
      priceRange: [3000, 15000],
    },
    {
      name: { fr: "Rédaction et diffusion de communiqués", en: "Press release writing and distribution" },
      description: {
        fr: "Rédaction, diffusion aux médias régionaux et suivi.",
        en: "Writing, distribution to regional media and follow-up.",
      },
      unit: U.unit,
      priceRange: [400, 1500],
    },
  ],
  "marketing-numerique": [
    {
      name: { fr: "Gestion des médias sociaux", en: "Social media management" },
      description: {
        fr: "Calendrier de publications, création de contenu et suivi des statistiques.",
        en: "Posting calendar, content creation and analytics tracking.",
      },
      unit: U.month,
      priceRange: [500, 3000],
    },
    {
      name: { fr: "Infolettre", en: "Newsletter" },
      description: {
        fr: "Conception, rédaction et envoi d'infolettres mensuelles.",
        en: "Design, writing and sending of monthly newsletters.",
      },
      unit: U.unit,
      priceRange: [300, 1200],
    },
    {
      name: { fr: "Campagne numérique", en: "Digital campaign" },
      description: {
        fr: "Campagne de sensibilisation ciblée, du concept au rapport de résultats.",
        en: "Targeted awareness campaign, from concept to results report.",
      },
      unit: U.project,
      priceRange: [2500, 20000],
    },
  ],
  "interpretation-sous-titrage": [
    {
      name: { fr: "Interprétation en LSQ", en: "LSQ (Quebec Sign Language) interpretation" },
      description: {
        fr: "Interprètes en langue des signes québécoise pour réunions et événements.",
        en: "Quebec Sign Language interpreters for meetings and events.",
      },
      unit: U.hour,
      priceRange: [60, 120],
    },
    {
      name: { fr: "Sous-titrage de vidéos", en: "Video captioning" },
      description: {
        fr: "Sous-titres en français et en anglais, synchronisés et vérifiés.",
        en: "French and English captions, synchronized and checked.",
      },
      unit: U.minute,
      priceRange: [3, 12],
    },
    {
      name: { fr: "Transcription de réunions", en: "Meeting transcription" },
      description: {
        fr: "Transcription intégrale ou résumée d'enregistrements audio.",
        en: "Full or summary transcription of audio recordings.",
      },
      unit: U.minute,
      priceRange: [1.5, 5],
    },
  ],
  "medias-communautaires": [
    {
      name: { fr: "Publicité dans un journal communautaire", en: "Community newspaper advertising" },
      description: {
        fr: "Espace publicitaire et avis publics dans un journal local distribué gratuitement.",
        en: "Ad space and public notices in a free local newspaper.",
      },
      unit: U.unit,
      priceRange: [150, 1200],
    },
    {
      name: { fr: "Message radio communautaire", en: "Community radio spot" },
      description: {
        fr: "Production et diffusion de messages de 30 secondes.",
        en: "Production and broadcast of 30-second spots.",
      },
      unit: U.week,
      priceRange: [200, 900],
    },
  ],

  // Hébergement, tourisme et loisirs
  "hebergement-groupes": [
    {
      name: { fr: "Hébergement de groupe en auberge", en: "Group stay at an inn" },
      description: {
        fr: "Chambres et dortoirs pour équipes de travail, classes ou délégations.",
        en: "Rooms and dorms for work teams, classes or delegations.",
      },
      unit: U.night,
      priceRange: [35, 120],
    },
    {
      name: { fr: "Forfait hébergement et repas", en: "Lodging and meals package" },
      description: {
        fr: "Nuitée, petit-déjeuner et souper préparés avec des produits régionaux.",
        en: "Overnight stay, breakfast and dinner made with regional products.",
      },
      unit: U.night,
      priceRange: [75, 180],
    },
  ],
  camps: [
    {
      name: { fr: "Camp de jour estival", en: "Summer day camp" },
      description: {
        fr: "Programmation complète d'un camp de jour municipal, animateurs formés.",
        en: "Full programming for a municipal day camp, with trained counsellors.",
      },
      unit: U.child,
      priceRange: [25, 60],
    },
    {
      name: { fr: "Classe nature", en: "Outdoor school" },
      description: {
        fr: "Séjour éducatif de deux à cinq jours pour groupes scolaires.",
        en: "Two- to five-day educational stay for school groups.",
      },
      unit: U.night,
      priceRange: [70, 150],
    },
  ],
  "activites-plein-air": [
    {
      name: { fr: "Sortie éducative en plein air", en: "Outdoor educational outing" },
      description: {
        fr: "Randonnée, canot ou raquette encadrés par des guides certifiés.",
        en: "Hiking, canoeing or snowshoeing led by certified guides.",
      },
      unit: U.person,
      priceRange: [20, 75],
    },
    {
      name: { fr: "Activité de consolidation d'équipe", en: "Team-building activity" },
      description: {
        fr: "Demi-journée d'activités coopératives en plein air.",
        en: "Half-day of cooperative outdoor activities.",
      },
      unit: U.person,
      priceRange: [35, 110],
    },
  ],
  "retraites-seminaires": [
    {
      name: { fr: "Forfait lac-à-l'épaule", en: "Team retreat package" },
      description: {
        fr: "Salle, hébergement, repas et activités en nature pour une équipe de 8 à 40 personnes.",
        en: "Room, lodging, meals and outdoor activities for a team of 8 to 40.",
      },
      unit: U.night,
      priceRange: [150, 350],
    },
    {
      name: { fr: "Journée de réunion en région", en: "Regional meeting day" },
      description: {
        fr: "Salle, pauses et dîner dans un cadre naturel.",
        en: "Meeting room, breaks and lunch in a natural setting.",
      },
      unit: U.person,
      priceRange: [55, 130],
    },
  ],
  "visites-guidees": [
    {
      name: { fr: "Visite guidée patrimoniale", en: "Heritage guided tour" },
      description: {
        fr: "Circuit commenté à pied ou en autobus, en français ou en anglais.",
        en: "Guided walking or bus tour, in French or English.",
      },
      unit: U.person,
      priceRange: [12, 45],
    },
    {
      name: { fr: "Circuit pour délégations", en: "Tour for delegations" },
      description: {
        fr: "Itinéraire sur mesure pour délégations et congressistes.",
        en: "Custom itinerary for delegations and conference-goers.",
      },
      unit: U.group,
      priceRange: [350, 2500],
    },
  ],
  "programmation-loisirs": [
    {
      name: { fr: "Cours de loisirs municipaux", en: "Municipal recreation classes" },
      description: {
        fr: "Cours de danse, d'arts ou de sport offerts pour le compte d'une municipalité.",
        en: "Dance, arts or sports classes offered on behalf of a municipality.",
      },
      unit: U.session,
      priceRange: [60, 200],
    },
    {
      name: { fr: "Animation de parcs l'été", en: "Summer park programming" },
      description: {
        fr: "Animateurs et activités gratuites dans les parcs de quartier.",
        en: "Counsellors and free activities in neighbourhood parks.",
      },
      unit: U.week,
      priceRange: [1200, 5000],
    },
  ],
  "gestion-installations-recreatives": [
    {
      name: { fr: "Gestion de piscine publique", en: "Public pool management" },
      description: {
        fr: "Sauveteurs, entretien et programmation aquatique.",
        en: "Lifeguards, maintenance and aquatic programming.",
      },
      unit: U.season,
      priceRange: [20000, 150000],
    },
    {
      name: { fr: "Exploitation de base de plein air", en: "Outdoor centre operation" },
      description: {
        fr: "Accueil, location d'équipement et entretien d'un site de plein air municipal.",
        en: "Reception, equipment rental and upkeep of a municipal outdoor site.",
      },
      unit: U.month,
      priceRange: [5000, 40000],
    },
  ],

  // Sous-traitance industrielle et services de bureau
  assemblage: [
    {
      name: { fr: "Assemblage de composantes", en: "Component assembly" },
      description: {
        fr: "Assemblage manuel de petites pièces et de sous-ensembles, contrôle qualité inclus.",
        en: "Manual assembly of small parts and sub-assemblies, quality control included.",
      },
      unit: U.hour,
      priceRange: [28, 48],
    },
    {
      name: { fr: "Assemblage à la pièce", en: "Piece-rate assembly" },
      description: {
        fr: "Montage de produits en série selon vos spécifications.",
        en: "Serial product assembly to your specifications.",
      },
      unit: U.unit,
      priceRange: [0.1, 4],
    },
  ],
  "conditionnement-emballage": [
    {
      name: { fr: "Emballage et ensachage", en: "Packaging and bagging" },
      description: {
        fr: "Mise en sac, en boîte ou sous pellicule de vos produits.",
        en: "Bagging, boxing or shrink-wrapping of your products.",
      },
      unit: U.hour,
      priceRange: [26, 45],
    },
    {
      name: { fr: "Préparation de trousses", en: "Kit assembly" },
      description: {
        fr: "Assemblage de trousses d'accueil, de prévention ou de matériel scolaire.",
        en: "Assembly of welcome, prevention or school-supply kits.",
      },
      unit: U.kit,
      priceRange: [0.5, 6],
    },
    {
      name: { fr: "Étiquetage", en: "Labelling" },
      description: {
        fr: "Pose d'étiquettes et de codes-barres, réétiquetage bilingue.",
        en: "Label and barcode application, bilingual relabelling.",
      },
      unit: U.unit,
      priceRange: [0.05, 0.5],
    },
  ],
  "fabrication-metallique": [
    {
      name: { fr: "Soudure et fabrication sur mesure", en: "Custom welding and fabrication" },
      description: {
        fr: "Fabrication de supports, de rampes et de pièces en acier ou en aluminium.",
        en: "Fabrication of brackets, railings and parts in steel or aluminium.",
      },
      unit: U.hour,
      priceRange: [65, 110],
    },
    {
      name: { fr: "Usinage de pièces", en: "Parts machining" },
      description: {
        fr: "Usinage de pièces unitaires ou en petites séries.",
        en: "Machining of one-off parts or small runs.",
      },
      unit: U.hour,
      priceRange: [70, 125],
    },
  ],
  "fabrication-palettes": [
    {
      name: { fr: "Palettes neuves", en: "New pallets" },
      description: {
        fr: "Palettes standard ou sur mesure, traitées pour l'exportation au besoin.",
        en: "Standard or custom pallets, heat-treated for export if needed.",
      },
      unit: U.unit,
      priceRange: [12, 40],
    },
    {
      name: { fr: "Palettes recyclées", en: "Recycled pallets" },
      description: {
        fr: "Palettes réparées et reconditionnées, récupération de vos palettes usagées.",
        en: "Repaired and reconditioned pallets; we take back your used ones.",
      },
      unit: U.unit,
      priceRange: [6, 18],
    },
    {
      name: { fr: "Caisses de bois sur mesure", en: "Custom wooden crates" },
      description: {
        fr: "Caisses d'expédition et d'entreposage fabriquées selon vos dimensions.",
        en: "Shipping and storage crates built to your dimensions.",
      },
      unit: U.unit,
      priceRange: [45, 400],
    },
  ],
  "numerisation-archivage": [
    {
      name: { fr: "Numérisation de documents", en: "Document scanning" },
      description: {
        fr: "Préparation, numérisation, indexation et contrôle de qualité des dossiers.",
        en: "Preparation, scanning, indexing and quality control of files.",
      },
      unit: U.page,
      priceRange: [0.06, 0.25],
    },
    {
      name: { fr: "Classement et déclassement d'archives", en: "Records filing and disposal" },
      description: {
        fr: "Application du calendrier de conservation et préparation des boîtes d'archives.",
        en: "Application of the retention schedule and preparation of archive boxes.",
      },
      unit: U.box,
      priceRange: [8, 25],
    },
  ],
  "saisie-donnees": [
    {
      name: { fr: "Saisie de formulaires", en: "Forms data entry" },
      description: {
        fr: "Saisie double et validation de formulaires papier ou numérisés.",
        en: "Double-keyed entry and validation of paper or scanned forms.",
      },
      unit: U.hour,
      priceRange: [26, 42],
    },
    {
      name: { fr: "Nettoyage de bases de données", en: "Database clean-up" },
      description: {
        fr: "Dédoublonnage, normalisation d'adresses et mise à jour de fichiers.",
        en: "De-duplication, address standardization and file updates.",
      },
      unit: U.hour,
      priceRange: [30, 55],
    },
  ],
  "centre-appels": [
    {
      name: { fr: "Ligne d'information bilingue", en: "Bilingual information line" },
      description: {
        fr: "Réponse aux appels du public pour vos programmes et campagnes.",
        en: "Answering public calls for your programs and campaigns.",
      },
      unit: U.hour,
      priceRange: [30, 55],
    },
    {
      name: { fr: "Sondage téléphonique", en: "Telephone survey" },
      description: {
        fr: "Appels sortants pour sondages de satisfaction ou relances.",
        en: "Outbound calls for satisfaction surveys or follow-ups.",
      },
      unit: U.call,
      priceRange: [2, 8],
    },
    {
      name: { fr: "Prise de rendez-vous", en: "Appointment booking" },
      description: {
        fr: "Gestion des rendez-vous et des rappels pour vos cliniques ou services.",
        en: "Management of appointments and reminders for your clinics or services.",
      },
      unit: U.hour,
      priceRange: [28, 50],
    },
  ],
  "traitement-courrier": [
    {
      name: { fr: "Mise sous pli", en: "Mail inserting" },
      description: {
        fr: "Pliage, insertion et cachetage de vos envois, manuellement ou à la machine.",
        en: "Folding, inserting and sealing of mailings, by hand or machine.",
      },
      unit: U.pieces,
      priceRange: [40, 180],
    },
    {
      name: { fr: "Publipostage et affranchissement", en: "Mail merge and postage" },
      description: {
        fr: "Impression des adresses, tri postal et dépôt chez Postes Canada.",
        en: "Address printing, postal sorting and drop-off at Canada Post.",
      },
      unit: U.pieces,
      priceRange: [60, 250],
    },
  ],
};

// ───────────────────────────────────────────────────────────────────────────
// Fictitious enterprise names
// ───────────────────────────────────────────────────────────────────────────

/**
 * Invented proper words. They were checked against the enterprise register
 * extract used by the project (REQ, Mauricie) and against municipality names;
 * none is meant to be, or to evoke, a real brand or organization.
 */
export const inventedWords: readonly string[] = [
  "Verdanel",
  "Cortèvia",
  "Lumiroc",
  "Solvère",
  "Alvéane",
  "Brumelis",
  "Cendrival",
  "Floréac",
  "Galvéra",
  "Mirabrune",
  "Nordévia",
  "Olvane",
  "Quintèle",
  "Ravélis",
  "Tressaline",
  "Valbrise",
  "Bruvanel",
  "Corvalie",
  "Fendrival",
  "Glanelle",
  "Isarève",
  "Lorvanne",
  "Mélibrac",
  "Nacrelune",
  "Orvalie",
  "Perlisan",
  "Quévanne",
  "Rovérel",
  "Salvéon",
  "Tilvane",
  "Ulmérac",
  "Zéphirac",
  "Aubrevent",
  "Clairvane",
  "Dorvélie",
  "Émervane",
  "Frênelis",
  "Givrolan",
  "Hivernel",
  "Bréchaline",
  "Sylvérac",
];

/**
 * Nature nouns, neutral with respect to place. `of` is the form used after a
 * name ("Coop Verdanel du Sentier"); `the` is the standalone form.
 */
export const natureNouns: readonly { the: string; of: string }[] = [
  { the: "Le Sentier", of: "du Sentier" },
  { the: "La Rivière", of: "de la Rivière" },
  { the: "Le Boisé", of: "du Boisé" },
  { the: "Le Rocher", of: "du Rocher" },
  { the: "Le Fleuve", of: "du Fleuve" },
  { the: "Le Cap", of: "du Cap" },
  { the: "L'Anse", of: "de l'Anse" },
  { the: "L'Érablière", of: "de l'Érablière" },
  { the: "La Pinède", of: "de la Pinède" },
  { the: "Le Vallon", of: "du Vallon" },
  { the: "Le Ruisseau", of: "du Ruisseau" },
  { the: "La Colline", of: "de la Colline" },
  { the: "Le Plateau", of: "du Plateau" },
  { the: "La Source", of: "de la Source" },
  { the: "Le Phare", of: "du Phare" },
  { the: "La Moisson", of: "de la Moisson" },
  { the: "La Ruche", of: "de la Ruche" },
  { the: "La Grève", of: "de la Grève" },
  { the: "La Batture", of: "de la Batture" },
  { the: "La Prairie", of: "de la Prairie" },
  { the: "Les Quatre-Vents", of: "des Quatre-Vents" },
  { the: "Les Épinettes", of: "des Épinettes" },
  { the: "Les Bouleaux", of: "des Bouleaux" },
  { the: "L'Aurore", of: "de l'Aurore" },
  { the: "La Rive", of: "de la Rive" },
  { the: "La Clairière", of: "de la Clairière" },
  { the: "La Marée", of: "de la Marée" },
  { the: "Le Sommet", of: "du Sommet" },
  { the: "Le Verger", of: "du Verger" },
  { the: "La Tourbière", of: "de la Tourbière" },
];

/** Singular trade nouns per taxonomy group, used for `{trade}` in names. */
export const tradeNounsByGroup: Record<CategoryGroupCode, readonly string[]> = {
  alimentation: ["Cuisine", "Traiteur", "Cantine", "Boulangerie", "Table"],
  entretien: ["Entretien", "Propreté", "Conciergerie", "Maintenance"],
  impression: ["Imprimerie", "Impression", "Reprographie", "Atelier graphique"],
  "matieres-residuelles": ["Récupération", "Ressourcerie", "Recyclage", "Valorisation"],
  informatique: ["Informatique", "Techno", "Numérique", "Réseau"],
  "espaces-verts": ["Paysagement", "Horticulture", "Jardinage", "Verdure"],
  "formation-conseil": ["Formation", "Conseil", "Accompagnement", "Savoir"],
  "services-aux-personnes": ["Aide à domicile", "Soutien à domicile", "Entraide", "Répit"],
  mobilier: ["Ébénisterie", "Mobilier", "Meuble", "Menuiserie"],
  textiles: ["Couture", "Confection", "Textile", "Fil"],
  transport: ["Transport", "Livraison", "Déménagement", "Logistique"],
  "evenementiel-culture": ["Production", "Événement", "Scène", "Culture"],
  construction: ["Rénovation", "Construction", "Menuiserie", "Bâtiment"],
  agroalimentaire: ["Ferme", "Jardin", "Récolte", "Terroir"],
  communication: ["Communication", "Design", "Traduction", "Studio"],
  "tourisme-loisirs": ["Plein air", "Auberge", "Loisir", "Base de plein air"],
  "sous-traitance": ["Atelier", "Industrie", "Assemblage", "Emballage"],
};

/**
 * Name patterns by legal-status family. Every pattern contains `{word}`.
 * `{place}` only appears after " – " so a municipality name can be inserted
 * as is. The seed should reserve "Entreprise d'insertion …" for enterprises
 * that carry the `entreprise-insertion` label.
 */
export const namePatternsByStatus: Record<LegalStatusKey, readonly string[]> = {
  cooperative: [
    "Coopérative de solidarité {word}",
    "Coop de solidarité {word} {ofNoun}",
    "Coopérative de travail {word}",
    "Coop de travail {trade} {word}",
    "Coop {word}",
    "Coop {trade} {word}",
    "{trade} {word}, coopérative de travail",
    "Coopérative {word} – {place}",
    "Coop {word} {ofNoun}",
    "Coopérative de solidarité {trade} {word}",
  ],
  nonprofit: [
    "Atelier {word}",
    "Les Ateliers {word}",
    "Les Services {word}",
    "Entreprise d'insertion {word}",
    "{trade} {word}",
    "Groupe {word} {ofNoun}",
    "Centre {word}",
    "{trade} solidaire {word}",
    "Les Entreprises {word}",
    "{word} – {trade} {ofNoun}",
    "Atelier {word} – {place}",
  ],
  mutual: [
    "Mutuelle {word}",
    "Mutuelle de prévention {word}",
    "Mutuelle {word} {ofNoun}",
    "{word}, mutuelle d'assurance",
    "Groupe mutuel {word}",
  ],
};

// ───────────────────────────────────────────────────────────────────────────
// Mission and description templates
// ───────────────────────────────────────────────────────────────────────────

/** One-sentence missions, 3 per social purpose. Placeholders: {name}, {municipality}, {region}. */
export const missionTemplatesByPurpose: Record<SocialPurposeCode, readonly Bilingual[]> = {
  "insertion-socioprofessionnelle": [
    {
      fr: "Offrir à des personnes éloignées du marché du travail un parcours d'insertion rémunéré, formateur et accompagné.",
      en: "To offer people far from the labour market a paid, hands-on and supported work-integration pathway.",
    },
    {
      fr: "{name} aide de jeunes adultes à acquérir une première expérience de travail et à bâtir leur projet professionnel.",
      en: "{name} helps young adults gain a first work experience and build their career plans.",
    },
    {
      fr: "Favoriser l'intégration durable en emploi par la formation en situation réelle de travail.",
      en: "To foster lasting employment through on-the-job training in real work settings.",
    },
  ],
  "emploi-personnes-handicapees": [
    {
      fr: "Créer des emplois de qualité, adaptés et durables pour des personnes en situation de handicap.",
      en: "To create quality, adapted and lasting jobs for people with disabilities.",
    },
    {
      fr: "{name} démontre chaque jour que la diversité des capacités est une force pour la productivité et la qualité.",
      en: "{name} shows every day that a diversity of abilities is a strength for productivity and quality.",
    },
    {
      fr: "Offrir un milieu de travail inclusif où chaque personne contribue selon ses forces.",
      en: "To provide an inclusive workplace where everyone contributes according to their strengths.",
    },
  ],
  environnement: [
    {
      fr: "Réduire l'enfouissement et prolonger la vie des biens grâce au réemploi et au recyclage.",
      en: "To reduce landfilling and extend the life of goods through reuse and recycling.",
    },
    {
      fr: "{name} accompagne les organisations dans la réduction de leur empreinte écologique.",
      en: "{name} helps organizations reduce their environmental footprint.",
    },
    {
      fr: "Mettre l'économie circulaire au service de la communauté de {municipality}.",
      en: "To put the circular economy to work for the community of {municipality}.",
    },
  ],
  culture: [
    {
      fr: "Rendre l'art et la culture accessibles à tous les publics, partout dans la région ({region}).",
      en: "To make arts and culture accessible to all audiences throughout the {region} region.",
    },
    {
      fr: "{name} soutient les artistes d'ici en leur offrant du travail rémunéré et des occasions de création.",
      en: "{name} supports local artists by providing paid work and creative opportunities.",
    },
    {
      fr: "Mettre en valeur le patrimoine et la vie culturelle de {municipality}.",
      en: "To showcase the heritage and cultural life of {municipality}.",
    },
  ],
  "securite-alimentaire": [
    {
      fr: "Améliorer l'accès à des aliments sains, locaux et abordables.",
      en: "To improve access to healthy, local and affordable food.",
    },
    {
      fr: "{name} renforce l'autonomie alimentaire de la région en soutenant les producteurs d'ici.",
      en: "{name} strengthens the region's food self-sufficiency by supporting local producers.",
    },
    {
      fr: "Réduire le gaspillage alimentaire tout en nourrissant la communauté.",
      en: "To reduce food waste while feeding the community.",
    },
  ],
  habitation: [
    {
      fr: "Développer et entretenir des logements abordables, sains et sécuritaires.",
      en: "To develop and maintain affordable, healthy and safe housing.",
    },
    {
      fr: "{name} travaille pour que chaque ménage de {municipality} ait accès à un logement convenable.",
      en: "{name} works to ensure every household in {municipality} has access to decent housing.",
    },
    {
      fr: "Soutenir la prise en charge collective du logement par les locataires.",
      en: "To support tenants in collectively managing their housing.",
    },
  ],
  "famille-petite-enfance": [
    {
      fr: "Soutenir les familles et favoriser le développement des tout-petits.",
      en: "To support families and foster early childhood development.",
    },
    {
      fr: "{name} facilite la conciliation travail-famille grâce à des services souples et de proximité.",
      en: "{name} makes work–family balance easier through flexible, local services.",
    },
    {
      fr: "Créer des milieux accueillants pour les enfants et leurs parents.",
      en: "To create welcoming spaces for children and their parents.",
    },
  ],
  aines: [
    {
      fr: "Permettre aux aînés de vivre à domicile plus longtemps, en sécurité et dans la dignité.",
      en: "To help seniors live at home longer, safely and with dignity.",
    },
    {
      fr: "{name} brise l'isolement des personnes aînées grâce à des services humains et fiables.",
      en: "{name} breaks the isolation of older adults through caring, reliable services.",
    },
    {
      fr: "Offrir du répit aux proches aidants et soutenir l'autonomie des aînés.",
      en: "To offer respite to caregivers and support seniors' independence.",
    },
  ],
  "communautes-autochtones": [
    {
      fr: "Créer des occasions d'emploi et d'affaires pour les membres des Premières Nations et les Inuit.",
      en: "To create job and business opportunities for First Nations and Inuit people.",
    },
    {
      fr: "{name} valorise les savoirs et les savoir-faire autochtones dans chacun de ses services.",
      en: "{name} values Indigenous knowledge and know-how in each of its services.",
    },
    {
      fr: "Contribuer à l'autonomie économique des communautés autochtones, dans le respect de leurs cultures.",
      en: "To contribute to the economic self-determination of Indigenous communities, with respect for their cultures.",
    },
  ],
  "nouveaux-arrivants": [
    {
      fr: "Faciliter l'intégration en emploi des personnes immigrantes et la reconnaissance de leurs compétences.",
      en: "To ease newcomers' entry into the workforce and the recognition of their skills.",
    },
    {
      fr: "{name} offre une première expérience de travail au Québec, jumelée à la francisation.",
      en: "{name} offers a first Quebec work experience combined with French-language training.",
    },
    {
      fr: "Bâtir des ponts entre les nouveaux arrivants et la communauté de {municipality}.",
      en: "To build bridges between newcomers and the community of {municipality}.",
    },
  ],
  "vitalite-rurale": [
    {
      fr: "Maintenir des services et des emplois essentiels dans les petites municipalités.",
      en: "To keep essential services and jobs in small municipalities.",
    },
    {
      fr: "{name} contribue à la vitalité de {municipality} et des villages voisins.",
      en: "{name} contributes to the vitality of {municipality} and neighbouring villages.",
    },
    {
      fr: "Offrir sur place ce qu'il fallait auparavant aller chercher en ville.",
      en: "To provide locally what people once had to travel to the city for.",
    },
  ],
  jeunesse: [
    {
      fr: "Offrir aux jeunes des expériences de travail qui favorisent la persévérance scolaire.",
      en: "To offer young people work experiences that support school perseverance.",
    },
    {
      fr: "{name} aide les jeunes de la région ({region}) à bâtir leur avenir grâce à un travail qui a du sens.",
      en: "{name} helps young people in the {region} region build their future through meaningful work.",
    },
    {
      fr: "Développer l'entrepreneuriat collectif chez les jeunes.",
      en: "To develop collective entrepreneurship among young people.",
    },
  ],
};

/**
 * Listing descriptions. Placeholders: {name}, {municipality}, {region},
 * {offerings}, {year}. `{offerings}` always follows a colon or sits in
 * parentheses, so any list of offering names reads correctly.
 */
export const descriptionTemplates: readonly Bilingual[] = [
  {
    fr: "Depuis {year}, {name} sert les organisations publiques et privées à partir de {municipality} ({region}). Principaux services\u00a0: {offerings}.",
    en: "Since {year}, {name} has served public and private organizations from {municipality} ({region}). Main services: {offerings}.",
  },
  {
    fr: "Entreprise d'économie sociale active à {municipality} depuis {year}, {name} réinvestit ses surplus dans sa mission et dans sa communauté. Au catalogue\u00a0: {offerings}.",
    en: "A social economy enterprise active in {municipality} since {year}, {name} reinvests its surpluses in its mission and its community. Catalogue: {offerings}.",
  },
  {
    fr: "{name} dessert {municipality} et toute la région ({region}). Offre de services\u00a0: {offerings}. Soumissions rapides pour les ministères, les municipalités, les centres de services scolaires et les établissements de santé.",
    en: "{name} serves {municipality} and the surrounding region ({region}). Services: {offerings}. Fast quotes for ministries, municipalities, school service centres and health-care institutions.",
  },
  {
    fr: "Projet collectif lancé en {year} à {municipality}, {name} propose aujourd'hui une offre complète ({offerings}) aux acheteurs de la région ({region}).",
    en: "A collective project launched in {year} in {municipality}, {name} now offers a full range of services ({offerings}) to buyers in the {region} region.",
  },
  {
    fr: "Chez {name}, chaque contrat crée des emplois durables à {municipality}. Notre équipe est formée et encadrée sur place depuis {year}. Ce que nous offrons\u00a0: {offerings}.",
    en: "At {name}, every contract creates lasting jobs in {municipality}. Our team has been trained and supervised on site since {year}. What we offer: {offerings}.",
  },
  {
    fr: "Au service de la communauté de {municipality} depuis {year}, {name} allie qualité professionnelle et retombées sociales. Services offerts\u00a0: {offerings}.",
    en: "Serving the community of {municipality} since {year}, {name} combines professional quality with social impact. Services offered: {offerings}.",
  },
  {
    fr: "{name} (région\u00a0: {region}) accompagne les organismes publics dans leurs achats responsables depuis {year}. Spécialités\u00a0: {offerings}. Livraison et service à {municipality} et dans les environs.",
    en: "{name} ({region} region) has supported public bodies with responsible purchasing since {year}. Specialties: {offerings}. Delivery and service in {municipality} and the surrounding area.",
  },
  {
    fr: "Acheter chez {name}, c'est soutenir une entreprise collective ancrée à {municipality}. Depuis {year}, nous offrons\u00a0: {offerings}.",
    en: "Buying from {name} means supporting a collective enterprise rooted in {municipality}. Since {year}, we have offered: {offerings}.",
  },
  {
    fr: "Fournisseur de proximité des réseaux de la santé et de l'éducation et des municipalités de la région ({region}), {name} offre depuis {year}\u00a0: {offerings}.",
    en: "A local supplier to the health and education networks and municipalities of the {region} region, {name} has offered the following since {year}: {offerings}.",
  },
  {
    fr: "{name} est une entreprise d'économie sociale de {municipality}. Notre offre\u00a0: {offerings}. Depuis {year}, la satisfaction de nos clients et le bien-être de notre équipe guident nos décisions.",
    en: "{name} is a social economy enterprise based in {municipality}. Our offer: {offerings}. Since {year}, client satisfaction and our team's well-being have guided our decisions.",
  },
  {
    fr: "Avec {name}, les acheteurs publics de la région ({region}) trouvent un fournisseur fiable et engagé, en activité depuis {year}. Gamme de services\u00a0: {offerings}. Bureau principal à {municipality}.",
    en: "With {name}, public buyers in the {region} region find a reliable, committed supplier in business since {year}. Range of services: {offerings}. Head office in {municipality}.",
  },
];

/**
 * French contractions to apply, in order, after substituting placeholders into
 * FRENCH text: "à Les Escoumins" → "aux Escoumins", "de Le Bic" → "du Bic",
 * "de Alma" → "d'Alma". English text needs none.
 */
export const frenchContractions: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|[\s(])à Les /g, "$1aux "],
  [/(^|[\s(])à Le /g, "$1au "],
  [/(^|[\s(])de Les /g, "$1des "],
  [/(^|[\s(])de Le /g, "$1du "],
  [/(^|[\s(])de ([AEIOUYÀÂÉÈÊÎÏÔÛ])/g, "$1d'$2"],
];

// ───────────────────────────────────────────────────────────────────────────
// Addresses
// ───────────────────────────────────────────────────────────────────────────

/** Common Quebec street names (the seed adds a civic number). */
export const streetNames: readonly string[] = [
  "rue Principale",
  "rue Notre-Dame",
  "rue Saint-Jean",
  "rue Saint-Joseph",
  "boulevard Saint-Joseph",
  "rue Sainte-Anne",
  "rue Saint-Georges",
  "rue Saint-Laurent",
  "rue de l'Église",
  "rue du Moulin",
  "rue des Érables",
  "rue des Pins",
  "rue des Bouleaux",
  "rue des Cèdres",
  "rue du Couvent",
  "rue de la Gare",
  "rue du Parc",
  "avenue du Parc",
  "rue Commerciale",
  "rue Industrielle",
  "boulevard Industriel",
  "rue du Pont",
  "rue du Quai",
  "rue de la Fabrique",
  "rue des Pionniers",
  "rue Champlain",
  "rue Laurier",
  "rue Victoria",
  "rue King",
  "rue Wellington",
  "boulevard René-Lévesque",
  "boulevard des Laurentides",
  "chemin du Roy",
  "chemin de la Rivière",
  "chemin du Lac",
  "rang du Lac",
  "rang Saint-Joseph",
  "rang de la Montagne",
  "route de l'Église",
  "montée du Moulin",
  "avenue des Cascades",
  "rue du Collège",
];
