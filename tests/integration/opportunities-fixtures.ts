import { and, eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { needMatches, needs, users } from "#db/schema";
import type { Actor } from "~/domain/authz";
import { NeedSchema, type NeedInput } from "~/domain/needs/need-schema";
import { loadActorProfile } from "~/lib/session.server";
import { createNeed, setNeedStatus } from "~/models/needs.server";

/** Shared by the opportunities and notifications tests: needs posted by a seeded buyer. */

export const DAY = 86_400_000;

/** A date (YYYY-MM-DD) some days from today, as the need form takes it. */
export const isoInDays = (days: number, from = new Date()) =>
  new Date(from.getTime() + days * DAY).toISOString().slice(0, 10);

export function actorOf(db: Db, email: string): Actor {
  const user = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`no user ${email}`);
  return loadActorProfile(db, user.id)!.actor;
}

/** The seeded health-network buyer (organization in Mauricie). */
export const BUYER_EMAIL = "acheteur.sante@maillage.example";

/** What an enterprise sells and where it is: enough to write a need it matches. */
export function enterpriseProfile(db: Db, enterpriseId: number) {
  const row = db.get<{ region: string; category: string; name: string }>(sql`
    select m.region_code as region, e.public_name as name,
           (select category_code from enterprise_categories c where c.enterprise_id = e.id order by position limit 1) as category
    from enterprises e join municipalities m on m.code = e.municipality_code where e.id = ${enterpriseId}`)!;
  return row;
}

/** A published enterprise of a region (the first one, or one that is not `except`). */
export function publishedEnterpriseIn(db: Db, region: string, except: number[] = []): number {
  return db.get<{ id: number }>(sql`
    select e.id from enterprises e join municipalities m on m.code = e.municipality_code
    where e.status = 'published' and m.region_code = ${region}
      and e.id not in (select value from json_each(${JSON.stringify(except)}))
    order by e.id limit 1`)!.id;
}

export function needInput(overrides: Partial<Record<string, unknown>> = {}): NeedInput {
  return NeedSchema.parse({
    title: "Traiteur pour le colloque régional",
    description: "Repas du midi et pauses pour 120 personnes, options végétariennes, service sur place.",
    kind: "request_for_quotes",
    contractNature: "services",
    amountCad: "18000",
    regions: ["04"],
    responseDeadline: isoInDays(20),
    questions: ["Quelle est votre capacité maximale?", "Pouvez-vous fournir la vaisselle?"],
    contactVisibility: "matched",
    contactName: "Julie Tremblay",
    contactEmail: "julie.tremblay@sante.example",
    contactPhone: "819 555-0142",
    ...overrides,
  });
}

/**
 * Posts and publishes a need in the enterprise's category and region, so the matching
 * selects it; fails loudly if it does not (the tests rely on that match).
 */
export function publishNeedMatching(
  db: Db,
  enterpriseId: number,
  overrides: Partial<Record<string, unknown>> = {},
  { buyerEmail = BUYER_EMAIL, now = new Date() }: { buyerEmail?: string; now?: Date } = {},
): number {
  const profile = enterpriseProfile(db, enterpriseId);
  const buyer = actorOf(db, buyerEmail);
  const id = createNeed(
    db,
    buyer,
    needInput({ categories: [profile.category], regions: [profile.region], ...overrides }),
  );
  setNeedStatus(db, buyer, id, "published", now);
  if (!isMatchedTo(db, id, enterpriseId)) throw new Error(`need ${id} did not match enterprise ${enterpriseId}`);
  return id;
}

export function isMatchedTo(db: Db, needId: number, enterpriseId: number): boolean {
  return Boolean(
    db
      .select()
      .from(needMatches)
      .where(and(eq(needMatches.needId, needId), eq(needMatches.enterpriseId, enterpriseId)))
      .get(),
  );
}

/** Moves a need's deadline or status directly (the buyer UI is not under test here). */
export function setNeed(db: Db, needId: number, values: Partial<typeof needs.$inferInsert>) {
  db.update(needs).set(values).where(eq(needs.id, needId)).run();
}
