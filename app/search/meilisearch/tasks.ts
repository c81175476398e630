import type { Task } from "meilisearch";

/** Error codes that mean "nothing to do" for a removal: the index was never created. */
const ABSENT_INDEX_CODES = new Set(["index_not_found"]);

export class MeilisearchTaskError extends Error {
  constructor(
    readonly task: Pick<Task, "uid" | "type" | "status" | "error">,
    what: string,
  ) {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : "no error reported";
    super(`Meilisearch ${what} (task ${task.uid}, ${task.type}) ended ${task.status}: ${reason}`);
    this.name = "MeilisearchTaskError";
  }
}

/**
 * Meilisearch answers writes with a task; an enqueued task can still fail (bad filterable
 * attribute, invalid `_geo`…), so every write is awaited and checked before it counts as done.
 */
export function assertSucceeded(task: Pick<Task, "uid" | "type" | "status" | "error">, what: string): void {
  if (task.status !== "succeeded") throw new MeilisearchTaskError(task, what);
}

/** Same, but a missing index is fine (removing from an index that does not exist removes nothing). */
export function assertSucceededOrAbsent(task: Pick<Task, "uid" | "type" | "status" | "error">, what: string): void {
  if (task.status === "failed" && task.error && ABSENT_INDEX_CODES.has(task.error.code)) return;
  assertSucceeded(task, what);
}

/** True for a failed index creation because it already exists. */
export function isAlreadyExists(task: Pick<Task, "status" | "error">): boolean {
  return task.status === "failed" && task.error?.code === "index_already_exists";
}
