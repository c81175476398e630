import { z } from "zod";

/**
 * The hub's actions on a listing, one form each (told apart by `intent`). Shared by the server
 * action and the browser, so both give the same messages (keys of the `curation` namespace).
 */
const requiredText = (error: string) =>
  z.string({ error }).trim().min(1, { error }).max(2000, { error: "errors.textTooLong" });

export const ReviewActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("approve") }),
    z.object({ intent: z.literal("request_changes"), message: requiredText("errors.messageRequired") }),
    z.object({ intent: z.literal("reject"), reason: requiredText("errors.reasonRequired") }),
    z.object({ intent: z.literal("verify") }),
    z.object({ intent: z.literal("archive"), reason: requiredText("errors.archiveReasonRequired") }),
    z.object({
      intent: z.literal("restore"),
      reason: z.string().trim().max(2000, { error: "errors.textTooLong" }).optional(),
    }),
  ],
  { error: "errors.badIntent" },
);

export type ReviewIntent = z.infer<typeof ReviewActionSchema>["intent"];
export const REVIEW_INTENTS = ["approve", "request_changes", "reject", "verify", "archive", "restore"] as const;
