import { eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { buyerOrganizations, users } from "#db/schema";
import type { NeedInput } from "~/domain/needs/need-schema";
import { loadActorProfile } from "~/lib/session.server";
import { createNeed, setNeedStatus } from "~/models/needs.server";
import { createTestUser } from "../helpers/auth";

/** The actor of a user, read fresh from the database. */
export function actorOf(db: Db, userId: number) {
  const profile = loadActorProfile(db, userId);
  if (!profile) throw new Error(`no user ${userId}`);
  return profile.actor;
}

/** A buyer organization and a buyer in it (with a session cookie). */
export async function createBuyer(
  db: Db,
  type: "ministry" | "health_network" | "education_network" | "municipality" | "other" = "municipality",
  name = `Organisation de test ${type} ${Math.random().toString(36).slice(2, 7)}`,
) {
  const org = db.insert(buyerOrganizations).values({ name, type, regionCode: "04" }).returning().get();
  const user = await createTestUser(db, { roles: ["buyer"] });
  db.update(users).set({ buyerOrganizationId: org.id }).where(eq(users.id, user.id)).run();
  return { ...user, organizationId: org.id };
}

/** A catering need delivered in Mauricie (04), as the form would send it once parsed. */
export function cateringNeed(overrides: Partial<NeedInput> = {}): NeedInput {
  return {
    title: "Traiteur pour la fête des bénévoles",
    description:
      "Service de traiteur pour un buffet froid et des boîtes à lunch lors d'une réception de 150 personnes.",
    kind: "request_for_quotes",
    contractNature: "services",
    amountCad: 18_000,
    amountBand: undefined,
    categories: ["traiteur-evenementiel"],
    regions: ["04"],
    deliveryMunicipalityCode: undefined,
    startsOn: undefined,
    endsOn: undefined,
    responseDeadline: undefined,
    questions: ["Quel est votre délai de livraison ?", "Offrez-vous des options végétariennes ?"],
    contactVisibility: "matched",
    contactName: undefined,
    contactEmail: undefined,
    contactPhone: undefined,
    isPublic: false,
    ...overrides,
  };
}

/** Creates a need for the buyer (optionally published) and returns its id. */
export function seedNeed(db: Db, buyerId: number, input: NeedInput = cateringNeed(), publish = false): number {
  const actor = actorOf(db, buyerId);
  const id = createNeed(db, actor, input);
  if (publish) setNeedStatus(db, actor, id, "published");
  return id;
}

/** The form fields of a need, as a browser posts them. */
export function needForm(overrides: Record<string, string | string[]> = {}): URLSearchParams {
  const fields: Record<string, string | string[]> = {
    title: "Traiteur pour la fête des bénévoles",
    description:
      "Service de traiteur pour un buffet froid et des boîtes à lunch lors d'une réception de 150 personnes.",
    kind: "request_for_quotes",
    contractNature: "services",
    amountCad: "18 000",
    amountBand: "",
    categories: ["traiteur-evenementiel"],
    regions: ["04"],
    deliveryMunicipalityCode: "",
    startsOn: "",
    endsOn: "",
    responseDeadline: "",
    "questions[0]": "Quel est votre délai de livraison ?",
    contactVisibility: "matched",
    contactName: "Julie Acheteuse",
    contactEmail: "julie@ville.example",
    contactPhone: "",
    ...overrides,
  };
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return body;
}

export const countNeeds = (db: Db) => db.get<{ n: number }>(sql`select count(*) as n from needs`)!.n;
