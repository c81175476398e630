import { z } from "zod";

/** Why an enterprise declines a need: a short list the buyer can count, plus free text. */
export const DECLINE_REASONS = ["capacity", "out_of_scope", "timeline", "location", "contract_size", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 4000;
export const ANSWER_MAX = 2000;
export const DETAIL_MAX = 1000;

const enterpriseId = z.coerce
  .number({ error: "errors.badEnterprise" })
  .int({ error: "errors.badEnterprise" })
  .positive({
    error: "errors.badEnterprise",
  });

/**
 * The answer form for a need with `questionCount` questions. Messages are keys of the
 * `opportunities` namespace (or of `forms`). Two intents share one schema so the server
 * refuses a mixed submission (a reason with "interested", answers with "not interested").
 */
export function answerSchema(questionCount: number) {
  return z.discriminatedUnion(
    "intent",
    [
      z.object({
        intent: z.literal("interested"),
        enterpriseId,
        message: z
          .string({ error: "answer.messageRequired" })
          .trim()
          .min(MESSAGE_MIN, { error: "tooShort" })
          .max(MESSAGE_MAX, { error: "tooLong" }),
        // Conform sends `answers[0]`, `answers[1]`…; an empty field arrives as undefined.
        answers: z
          .array(
            z
              .string({ error: "answer.answerRequired" })
              .trim()
              .min(1, { error: "answer.answerRequired" })
              .max(ANSWER_MAX, { error: "tooLong" }),
          )
          .optional()
          .transform((a) => a ?? [])
          .refine((a) => a.length === questionCount, { error: "answer.wrongAnswerCount" }),
      }),
      z
        .object({
          intent: z.literal("not_interested"),
          enterpriseId,
          reason: z.enum(DECLINE_REASONS, { error: "answer.reasonRequired" }),
          detail: z
            .string()
            .trim()
            .max(DETAIL_MAX, { error: "tooLong" })
            .optional()
            .transform((v) => v || undefined),
        })
        .refine((v) => v.reason !== "other" || v.detail !== undefined, {
          path: ["detail"],
          error: "answer.detailRequiredForOther",
        }),
    ],
    { error: "answer.badIntent" },
  );
}

export type AnswerInput = z.infer<ReturnType<typeof answerSchema>>;
