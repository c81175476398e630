import type { Db } from "#db/client";
import type { SearchEngineName } from "#db/schema";
import type { ListingData } from "~/domain/listing/listing-schema";
import { loadActorProfile } from "~/lib/session.server";
import { createDraftListing, saveListing, submitListing, type WorkflowContext } from "~/models/listing-workflow.server";

/** Trois-Rivières (Mauricie, region 04) and Sherbrooke (Estrie, region 05). */
export const TROIS_RIVIERES = "37067";
export const SHERBROOKE = "43027";

/** A listing that passes every registration step. */
export function completeListing(name: string, municipalityCode = TROIS_RIVIERES): ListingData {
  return {
    publicName: name,
    legalName: `${name} inc.`,
    legalStatus: "obnl",
    coopNonDistributing: false,
    salesRevenuePercent: 70,
    municipalityCode,
    postalCode: "G9A 5H7",
    missionFr: "Offrir des repas sains préparés par des personnes en insertion.",
    descriptionFr:
      "Service de traiteur pour les organismes publics : boîtes à lunch, pauses-café et repas pour les événements.",
    categories: ["traiteur-evenementiel", "boites-a-lunch"],
    offerings: [
      { categoryCode: "traiteur-evenementiel", nameFr: "Buffet froid pour réunions", priceMinCad: 12, priceMaxCad: 20 },
      { categoryCode: "boites-a-lunch", nameFr: "Boîtes à lunch santé" },
    ],
    serviceAreaScope: "custom",
    serviceRegions: ["04"],
    serviceMrcs: [],
    serviceMunicipalities: [],
    email: "info@traiteur-test.example",
    phone: "819 555-0142",
    website: "https://traiteur-test.example",
    labels: ["entreprise-insertion"],
    purposes: ["insertion-socioprofessionnelle"],
  } as unknown as ListingData;
}

/** The workflow context of a user, with their memberships and hubs read fresh from the database. */
export function contextOf(db: Db, userId: number, now?: Date): WorkflowContext {
  const profile = loadActorProfile(db, userId);
  if (!profile) throw new Error(`no user ${userId}`);
  const engines: SearchEngineName[] = ["sqlite"];
  return { db, actor: profile.actor, engines, now, origin: "http://localhost" };
}

/** A member registers a complete listing and submits it to the hub; returns its id. */
export async function registerAndSubmit(db: Db, memberId: number, data: ListingData, now?: Date): Promise<number> {
  const { publicName, legalName, legalStatus, municipalityCode } = data;
  const id = createDraftListing(contextOf(db, memberId, now), { publicName, legalName, legalStatus, municipalityCode });
  // Membership was just granted: read the actor again.
  saveListing(contextOf(db, memberId, now), id, data);
  await submitListing(contextOf(db, memberId, now), id);
  return id;
}
