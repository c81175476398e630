import type { directory as fr } from "../fr/directory";
import type { Translations } from "../types";

export const directory: Translations<typeof fr> = {
  home: {
    title: "Find a social-economy enterprise",
    intro:
      "Cooperatives, mutuals and non-profit organizations that sell goods and services to public bodies, all across Quebec.",
    searchLabel: "Search for a product, a service or an enterprise",
    searchPlaceholder: "E.g. catering, cleaning, printing",
    searchButton: "Search",
    byRegion: "Browse by region",
    byCategory: "Browse by category",
    statsPublished: "{{count, number}} published enterprises in {{regions}} regions",
  },
  region: {
    title: "{{name}}",
    kicker: "Administrative region {{code}}",
    population: "Population: {{population}}",
    enterprisesHeading: "Enterprises located in the region",
    mrcsHeading: "RCMs and equivalent territories",
    noEnterprises: "No published enterprise is located in this region yet.",
    searchServing: "See every enterprise that serves this region",
    territoryEquivalent: "equivalent territory",
  },
  category: {
    groupKicker: "Category group",
    categoryOfGroup: "Category in the group",
    categoriesHeading: "Categories in this group",
    enterprisesHeading: "Enterprises in this category",
    byRegionHeading: "By region",
    noEnterprises: "No published enterprise in this category yet.",
    crosswalk: "Code crosswalks",
    naics: "NAICS Canada 2022",
    unspsc: "UNSPSC (segment / family)",
  },
  card: {
    located: "{{municipality}}, {{region}}",
    servesProvince: "Serves all of Quebec",
  },
  legalStatus: {
    cooperative: "Cooperative",
    financial_cooperative: "Financial services cooperative",
    mutual: "Mutual",
    obnl: "Non-profit organization (NPO)",
  },
  coopCategory: {
    consumer: "Consumer cooperative",
    producer: "Producer cooperative",
    worker: "Worker cooperative",
    worker_shareholder: "Worker-shareholder cooperative",
    solidarity: "Solidarity cooperative",
  },
  workforceBand: {
    "1_4": "1 to 4 people",
    "5_9": "5 to 9 people",
    "10_49": "10 to 49 people",
    "50_99": "50 to 99 people",
    "100_plus": "100 people or more",
  },
  listingStatus: {
    draft: "Draft",
    submitted: "Submitted",
    changes_requested: "Changes requested",
    published: "Published",
    archived: "Archived",
  },
};
