import type { Task } from "meilisearch";
import { describe, expect, it } from "vitest";
import {
  assertSucceeded,
  assertSucceededOrAbsent,
  isAlreadyExists,
  MeilisearchTaskError,
} from "~/search/meilisearch/tasks";

type TaskLike = Pick<Task, "uid" | "type" | "status" | "error">;
const task = (status: Task["status"], code?: string): TaskLike => ({
  uid: 12,
  type: "documentAdditionOrUpdate",
  status,
  error: code ? { code, message: `${code} happened`, type: "invalid_request", link: "" } : null,
});

describe("task checks", () => {
  it("accept a succeeded task", () => {
    expect(() => assertSucceeded(task("succeeded"), "indexing")).not.toThrow();
  });

  it("throw with the task's error for a failed or canceled task", () => {
    expect(() => assertSucceeded(task("failed", "invalid_document_geo_field"), "indexing")).toThrow(
      /indexing \(task 12, documentAdditionOrUpdate\) ended failed: invalid_document_geo_field: invalid_document_geo_field happened/,
    );
    expect(() => assertSucceeded(task("canceled"), "indexing")).toThrow(MeilisearchTaskError);
  });

  it("treat removing from a missing index as done, but not other failures", () => {
    expect(() => assertSucceededOrAbsent(task("failed", "index_not_found"), "removing")).not.toThrow();
    expect(() => assertSucceededOrAbsent(task("failed", "invalid_api_key"), "removing")).toThrow(/invalid_api_key/);
  });

  it("recognise an index that already exists", () => {
    expect(isAlreadyExists(task("failed", "index_already_exists"))).toBe(true);
    expect(isAlreadyExists(task("failed", "index_creation_failed"))).toBe(false);
    expect(isAlreadyExists(task("succeeded"))).toBe(false);
  });
});
