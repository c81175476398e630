/** Whether an enterprise may still answer (or change its answer to) a need. */
export type AnswerWindow = "open" | "deadline_passed" | "closed" | "cancelled";

const quebecDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "America/Toronto",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date (YYYY-MM-DD) in Québec, where the deadline is set. */
export function quebecToday(now: Date): string {
  return quebecDate.format(now);
}

/**
 * The response deadline is a date: answers are accepted until the end of that day in Québec.
 * A closed or cancelled need takes no more answers, whatever its deadline.
 */
export function answerWindow(need: { status: string; responseDeadline: string | null }, now: Date): AnswerWindow {
  if (need.status === "cancelled") return "cancelled";
  if (need.status !== "published") return "closed";
  if (need.responseDeadline && quebecToday(now) > need.responseDeadline) return "deadline_passed";
  return "open";
}
