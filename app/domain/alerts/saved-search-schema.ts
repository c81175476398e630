import { z } from "zod";
import { EMAIL_FREQUENCIES } from "#db/schema/needs";

export const MAX_SAVED_SEARCHES = 20;
export const MAX_SAVED_SEARCH_NAME = 80;
/** A directory URL's query string is short; anything longer is not one a person built in the form. */
export const MAX_SAVED_QUERY = 2000;

const id = z.coerce
  .number({ error: "errors.notFound" })
  .int({ error: "errors.notFound" })
  .positive({ error: "errors.notFound" });
const frequency = z.enum(EMAIL_FREQUENCIES, { error: "errors.badFrequency" });

/**
 * The forms of `/recherches` (and the directory's "save this search"). Messages are keys of the
 * `alerts` namespace, or of `forms` for the generic ones.
 */
export const SavedSearchActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("create"),
      name: z
        .string({ error: "required" })
        .trim()
        .min(1, { error: "required" })
        .max(MAX_SAVED_SEARCH_NAME, { error: "errors.nameTooLong" }),
      query: z.string().max(MAX_SAVED_QUERY, { error: "errors.queryTooLong" }).default(""),
      frequency: frequency.default("weekly"),
    }),
    z.object({ intent: z.literal("delete"), id }),
    z.object({ intent: z.literal("frequency"), id, frequency }),
  ],
  { error: "errors.badIntent" },
);

export type SavedSearchAction = z.infer<typeof SavedSearchActionSchema>;
export type AlertFrequency = (typeof EMAIL_FREQUENCIES)[number];

// An hour of slack so a daily job started at 7:00:00 still sends to a search checked at 7:00:05 yesterday.
const SLACK_MS = 3600_000;
const PERIOD_MS: Record<AlertFrequency, number | null> = {
  immediate: 0,
  daily: 24 * 3600_000 - SLACK_MS,
  weekly: 7 * 24 * 3600_000 - SLACK_MS,
  never: null,
};

/** Whether a saved search is due for an alert run: "never" is a bookmark, the others wait out their period. */
export function isAlertDue(frequency: AlertFrequency, lastCheckedAt: Date, now: Date): boolean {
  const period = PERIOD_MS[frequency];
  return period !== null && now.getTime() - lastCheckedAt.getTime() >= period;
}
