/** The moderation queue's choices, shared by the page (its selects) and the query. */
export const QUEUE_STATUSES = [
  "to_review",
  "submitted",
  "revision",
  "changes_requested",
  "rejected",
  "candidate",
  "stale",
  "published",
  "archived",
] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_SORTS = ["oldest", "newest", "name"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
