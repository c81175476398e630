/**
 * Social-purpose tags: the social or environmental mission an enterprise
 * pursues (an enterprise may have several). Buyers filter on them to meet
 * responsible-procurement objectives.
 *
 * `code` is a stable kebab-case ASCII slug (used in URLs and search filters).
 */

export type SocialPurpose = {
  code: string;
  name: { fr: string; en: string };
};

function definePurposes<const C extends string>(list: Array<SocialPurpose & { code: C }>) {
  return list;
}

const purposeList = definePurposes([
  {
    code: "insertion-socioprofessionnelle",
    name: { fr: "Insertion socioprofessionnelle", en: "Work integration" },
  },
  {
    code: "emploi-personnes-handicapees",
    name: {
      fr: "Emploi des personnes en situation de handicap",
      en: "Employment of people with disabilities",
    },
  },
  {
    code: "environnement",
    name: {
      fr: "Environnement et économie circulaire",
      en: "Environment and circular economy",
    },
  },
  {
    code: "culture",
    name: { fr: "Arts, culture et patrimoine", en: "Arts, culture and heritage" },
  },
  {
    code: "securite-alimentaire",
    name: {
      fr: "Alimentation locale et sécurité alimentaire",
      en: "Local food and food security",
    },
  },
  {
    code: "habitation",
    name: { fr: "Habitation communautaire", en: "Community housing" },
  },
  {
    code: "famille-petite-enfance",
    name: { fr: "Famille et petite enfance", en: "Families and early childhood" },
  },
  {
    code: "aines",
    name: { fr: "Aînés et maintien à domicile", en: "Seniors and aging at home" },
  },
  {
    code: "communautes-autochtones",
    name: { fr: "Communautés autochtones", en: "Indigenous communities" },
  },
  {
    code: "nouveaux-arrivants",
    name: {
      fr: "Intégration des personnes immigrantes",
      en: "Newcomer integration",
    },
  },
  {
    code: "vitalite-rurale",
    name: {
      fr: "Vitalité des milieux ruraux",
      en: "Rural community vitality",
    },
  },
  {
    code: "jeunesse",
    name: { fr: "Jeunesse et persévérance scolaire", en: "Youth and school perseverance" },
  },
]);

export type SocialPurposeCode = (typeof purposeList)[number]["code"];

export const socialPurposes: readonly SocialPurpose[] = purposeList;
