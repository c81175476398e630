import type { CoopCategory, LegalStatus } from "../schema";
import type { SeedVocabulary } from "./generate";
import type { Rng } from "./random";
import {
  descriptionTemplates,
  frenchContractions,
  inventedWords,
  missionTemplatesByPurpose,
  namePatternsByStatus,
  natureNouns,
  offeringsByCategory,
  streetNames,
  tradeNounsByGroup,
} from "./vocabulary";

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? "");
}

function contractFrench(text: string): string {
  return frenchContractions.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

/** A pattern must not contradict the coop's category ("Coop de travail" for a solidarity coop). */
function patternsFor(status: LegalStatus, coopCategory: CoopCategory | null): readonly string[] {
  if (status === "mutual") return namePatternsByStatus.mutual;
  if (status === "obnl") return namePatternsByStatus.nonprofit;
  if (status === "financial_cooperative")
    return ["Caisse coopérative {word}", "Coopérative de services financiers {word}"];
  const all = namePatternsByStatus.cooperative;
  const neutral = all.filter((p) => !/solidarité|travail/.test(p));
  if (coopCategory === "solidarity") return [...neutral, ...all.filter((p) => p.includes("solidarité"))];
  if (coopCategory === "worker") return [...neutral, ...all.filter((p) => p.includes("travail"))];
  return neutral;
}

export const seedVocabulary: SeedVocabulary = {
  offeringsByCategory: offeringsByCategory as SeedVocabulary["offeringsByCategory"],
  streets: streetNames,
  makeName(rng: Rng, status, coopCategory, groupCode, place) {
    const pattern = rng.helpers.arrayElement(patternsFor(status, coopCategory));
    const trades = tradeNounsByGroup[groupCode as keyof typeof tradeNounsByGroup] ?? ["Services"];
    return contractFrench(
      fill(pattern, {
        word: rng.helpers.arrayElement(inventedWords),
        trade: rng.helpers.arrayElement(trades),
        ofNoun: rng.helpers.arrayElement(natureNouns).of,
        place,
      }),
    );
  },
  mission(rng, purposeCode, vars) {
    const templates = missionTemplatesByPurpose[purposeCode as keyof typeof missionTemplatesByPurpose];
    const t = rng.helpers.arrayElement(templates ?? Object.values(missionTemplatesByPurpose).flat());
    return { fr: contractFrench(fill(t.fr, vars)), en: fill(t.en, vars) };
  },
  description(rng, vars) {
    const t = rng.helpers.arrayElement(descriptionTemplates);
    return {
      fr: contractFrench(fill(t.fr, vars)),
      en: fill(t.en, { ...vars, offerings: vars.offeringsEn ?? vars.offerings ?? "" }),
    };
  },
};
