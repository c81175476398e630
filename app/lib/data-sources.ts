type Bilingual = { fr: string; en: string };
type DataSource = { id: string; title: Bilingual; attribution: Bilingual; licence: string; url: string };

// Attribution wording required by CC BY 4.0 and the Statistics Canada Open Licence (db/reference/SOURCES.md).
export const dataSources: DataSource[] = [
  {
    id: "mamh",
    title: {
      fr: "Répertoire des municipalités du Québec",
      en: "Répertoire des municipalités du Québec (municipal directory)",
    },
    attribution: {
      fr: "Source : Ministère des Affaires municipales et de l'Habitation, Répertoire des municipalités du Québec, Données Québec, CC BY 4.0.",
      en: "Source: Ministère des Affaires municipales et de l'Habitation, Répertoire des municipalités du Québec, Données Québec, CC BY 4.0.",
    },
    licence: "CC BY 4.0",
    url: "https://www.donneesquebec.ca/recherche/dataset/repertoire-des-municipalites-du-quebec",
  },
  {
    id: "geonames",
    title: { fr: "Régions de tri d'acheminement (RTA)", en: "Forward sortation areas (FSA)" },
    attribution: {
      fr: "Données des codes postaux (RTA) © GeoNames (geonames.org), CC BY 4.0.",
      en: "Postal-code (FSA) data © GeoNames (geonames.org), CC BY 4.0.",
    },
    licence: "CC BY 4.0",
    url: "https://www.geonames.org/",
  },
  {
    id: "simplemaps",
    title: { fr: "Coordonnées des villes", en: "City coordinates" },
    attribution: {
      fr: "Coordonnées des villes : simplemaps.com, Canada Cities Database (Basic), CC BY 4.0.",
      en: "City coordinates: simplemaps.com Canada Cities Database (Basic), CC BY 4.0.",
    },
    licence: "CC BY 4.0",
    url: "https://simplemaps.com/data/canada-cities",
  },
  {
    id: "naics",
    title: { fr: "SCIAN Canada 2022 (secteurs et sous-secteurs)", en: "NAICS Canada 2022 (sectors and subsectors)" },
    attribution: {
      fr: "Statistique Canada, SCIAN Canada 2022 version 1.0, reproduit en vertu de la Licence du gouvernement ouvert – Statistique Canada.",
      en: "Statistics Canada, NAICS Canada 2022 Version 1.0, reproduced under the Statistics Canada Open Licence.",
    },
    licence: "Statistics Canada Open Licence",
    url: "https://www.statcan.gc.ca/en/statistical-programs/document/naics-scian-2022-structure-v1-eng.csv",
  },
  {
    id: "unspsc",
    title: { fr: "Codes UNSPSC® (segments et familles)", en: "UNSPSC® codes (segments and families)" },
    attribution: {
      fr: "UNSPSC® est la propriété du PNUD et est géré par GS1 US ; codes tirés de l'exportation du UN Global Marketplace.",
      en: "UNSPSC® is owned by UNDP and managed by GS1 US; codes from the UN Global Marketplace export.",
    },
    licence: "UNSPSC terms of use",
    url: "https://www.ungm.org/public/unspsc",
  },
  {
    id: "req",
    title: { fr: "Registre des entreprises du Québec", en: "Quebec enterprise register" },
    attribution: {
      fr: "Registraire des entreprises du Québec, données ouvertes, Données Québec.",
      en: "Registraire des entreprises du Québec, open data, Données Québec.",
    },
    licence: "Données Québec",
    url: "https://www.donneesquebec.ca/recherche/dataset/registre-des-entreprises",
  },
];
