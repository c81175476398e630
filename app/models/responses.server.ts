import { and, eq } from "drizzle-orm";
import type { Db } from "#db/client";
import { needResponses } from "#db/schema";
import type { Actor } from "~/domain/authz";
import type { AnswerInput } from "~/domain/opportunities/answer-schema";
import { answerWindow } from "~/domain/opportunities/answer-window";
import { canSeeOpportunity } from "~/domain/opportunities/visibility";
import { isMatched, needForAnswer } from "./opportunities.server";

export class ResponseError extends Error {
  constructor(
    readonly code: "forbidden" | "not_found" | "closed" | "deadline_passed" | "cancelled" | "wrong_answer_count",
  ) {
    super(code);
  }
}

export type ResponseRow = typeof needResponses.$inferSelect;

export function getResponse(db: Db, needId: number, enterpriseId: number): ResponseRow | undefined {
  return db
    .select()
    .from(needResponses)
    .where(and(eq(needResponses.needId, needId), eq(needResponses.enterpriseId, enterpriseId)))
    .get();
}

/**
 * Records or changes an enterprise's answer to a need, until its deadline or closure.
 *
 * "Not interested" keeps the reason code in `reason` and the optional explanation in
 * `message`. A changed answer is shown to the buyer again in their next digest; an identical
 * resubmission is not.
 */
export function saveResponse(
  db: Db,
  actor: Actor,
  needId: number,
  input: AnswerInput,
  now = new Date(),
): "created" | "updated" | "unchanged" {
  if (!actor.enterpriseIds.has(input.enterpriseId)) throw new ResponseError("forbidden");
  return db.transaction((tx) => {
    const need = needForAnswer(tx, needId);
    if (!need) throw new ResponseError("not_found");
    const matched = isMatched(tx, needId, input.enterpriseId);
    if (!canSeeOpportunity(actor, input.enterpriseId, need, matched)) throw new ResponseError("not_found");
    const window = answerWindow(need, now);
    if (window !== "open") throw new ResponseError(window);
    if (input.intent === "interested" && input.answers.length !== need.questions.length)
      throw new ResponseError("wrong_answer_count");

    const values =
      input.intent === "interested"
        ? { interest: input.intent, message: input.message, answers: input.answers, reason: null }
        : { interest: input.intent, message: input.detail ?? null, answers: [], reason: input.reason };
    const before = tx
      .select()
      .from(needResponses)
      .where(and(eq(needResponses.needId, needId), eq(needResponses.enterpriseId, input.enterpriseId)))
      .get();
    if (!before) {
      tx.insert(needResponses)
        .values({
          needId,
          enterpriseId: input.enterpriseId,
          userId: actor.userId,
          ...values,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return "created";
    }
    const same =
      before.interest === values.interest &&
      before.message === values.message &&
      before.reason === values.reason &&
      JSON.stringify(before.answers) === JSON.stringify(values.answers);
    if (same) return "unchanged";
    tx.update(needResponses)
      .set({ ...values, userId: actor.userId, updatedAt: now, buyerNotifiedAt: null })
      .where(eq(needResponses.id, before.id))
      .run();
    return "updated";
  });
}
