/** What an enterprise may see of the buyer's contact person, per the buyer's choice. */
export type ContactView =
  | { kind: "shown"; name: string | null; email: string | null; phone: string | null }
  | { kind: "none" }
  | { kind: "matched_only" }
  | { kind: "on_request" };

/**
 * `public`: everyone who sees the need; `matched`: only enterprises the need was matched to
 * (a public need is seen by others too, without the contact); `on_request`: nobody — the
 * buyer contacts the enterprises that say they are interested.
 */
export function contactFor(
  need: {
    contactVisibility: "public" | "matched" | "on_request";
    contactName: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
  },
  matched: boolean,
): ContactView {
  if (need.contactVisibility === "on_request") return { kind: "on_request" };
  if (need.contactVisibility === "matched" && !matched) return { kind: "matched_only" };
  if (!need.contactName && !need.contactEmail && !need.contactPhone) return { kind: "none" };
  return { kind: "shown", name: need.contactName, email: need.contactEmail, phone: need.contactPhone };
}
