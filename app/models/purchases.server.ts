import { eq, sql } from "drizzle-orm";
import type { Db } from "#db/client";
import { enterprises, needs, purchaseRecords } from "#db/schema";
import type { Actor } from "~/domain/authz";
import type { OutcomeInput } from "~/domain/needs/outcome-schema";
import { canManageNeed, getNeed, NeedError } from "./needs.server";
import { shortlistCandidateIds } from "./shortlist.server";

export class OutcomeError extends Error {
  constructor(readonly code: "already_recorded" | "unknown_enterprise") {
    super(code);
  }
}

/**
 * Records to whom a need was awarded and closes it, in one transaction: the purchase record
 * (the base of the purchasing indicators) never exists for a need still open, nor the reverse.
 * A published need is closed; a need closed earlier keeps its closing date. One outcome per need.
 */
export function recordOutcome(db: Db, actor: Actor, needId: number, input: OutcomeInput, now = new Date()): number {
  const need = getNeed(db, needId);
  if (!need) throw new NeedError("not_found");
  if (!canManageNeed(actor, need)) throw new NeedError("forbidden");
  if (need.status !== "published" && need.status !== "closed") throw new NeedError("invalid_state");
  let supplierName = input.supplierName ?? "";
  if (input.enterpriseId !== null) {
    if (!shortlistCandidateIds(db, needId).includes(input.enterpriseId)) throw new OutcomeError("unknown_enterprise");
    const enterprise = db
      .select({ name: enterprises.publicName })
      .from(enterprises)
      .where(eq(enterprises.id, input.enterpriseId))
      .get();
    if (!enterprise) throw new OutcomeError("unknown_enterprise");
    supplierName = enterprise.name;
  }
  return db.transaction((tx) => {
    const existing = tx.get<{ n: number }>(sql`select count(*) as n from purchase_records where need_id = ${needId}`);
    if (existing && existing.n > 0) throw new OutcomeError("already_recorded");
    const row = tx
      .insert(purchaseRecords)
      .values({
        needId,
        buyerOrganizationId: need.buyerOrganizationId,
        enterpriseId: input.enterpriseId,
        supplierName,
        amountCad: input.amountCad,
        route: input.route,
        awardedOn: input.awardedOn,
        createdByUserId: actor.userId,
      })
      .returning({ id: purchaseRecords.id })
      .get();
    if (need.status === "published")
      tx.update(needs).set({ status: "closed", closedAt: now, updatedAt: now }).where(eq(needs.id, needId)).run();
    return row.id;
  });
}
