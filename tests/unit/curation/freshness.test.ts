import { describe, expect, it } from "vitest";
import { confirmationDueBefore, isStale, reminderAgainBefore, reminderMonth } from "~/domain/curation/freshness";

const now = new Date("2027-03-15T14:00:00Z");

describe("listing freshness", () => {
  it("is due for confirmation 12 calendar months after the last confirmation", () => {
    expect(confirmationDueBefore(now).toISOString()).toBe("2026-03-15T14:00:00.000Z");
    expect(reminderAgainBefore(now).toISOString()).toBe("2027-02-13T14:00:00.000Z");
    expect(reminderMonth(now)).toBe("2027-03");
  });

  it("counts a published listing never confirmed from its publication date", () => {
    const base = { status: "published", lastConfirmedAt: null };
    expect(isStale({ ...base, publishedAt: new Date("2026-03-14T00:00:00Z") }, now)).toBe(true);
    expect(isStale({ ...base, publishedAt: new Date("2026-03-16T00:00:00Z") }, now)).toBe(false);
    expect(
      isStale({ ...base, publishedAt: new Date("2020-01-01"), lastConfirmedAt: new Date("2026-12-01") }, now),
    ).toBe(false);
  });

  it("never calls an unpublished listing stale", () => {
    for (const status of ["draft", "submitted", "archived", "candidate"])
      expect(isStale({ status, lastConfirmedAt: null, publishedAt: new Date("2020-01-01") }, now)).toBe(false);
  });
});
