import { describe, expect, it } from "vitest";
import { answerWindow, quebecToday } from "~/domain/opportunities/answer-window";

const published = (responseDeadline: string | null) => ({ status: "published", responseDeadline });

describe("whether an enterprise may still answer", () => {
  it("uses Québec's calendar day, not UTC's", () => {
    // 02:30 UTC on the 16th is still the evening of the 15th in Québec (UTC−5 in winter).
    expect(quebecToday(new Date("2026-12-16T02:30:00Z"))).toBe("2026-12-15");
    expect(quebecToday(new Date("2026-07-16T03:30:00Z"))).toBe("2026-07-15");
    expect(quebecToday(new Date("2026-07-16T04:30:00Z"))).toBe("2026-07-16");
  });

  it("is open until the end of the deadline day in Québec", () => {
    expect(answerWindow(published("2026-12-15"), new Date("2026-12-15T12:00:00Z"))).toBe("open");
    expect(answerWindow(published("2026-12-15"), new Date("2026-12-16T04:59:00Z"))).toBe("open");
    expect(answerWindow(published("2026-12-15"), new Date("2026-12-16T05:00:00Z"))).toBe("deadline_passed");
    expect(answerWindow(published(null), new Date("2030-01-01T00:00:00Z"))).toBe("open");
  });

  it("is shut once the buyer closes or cancels, whatever the deadline; drafts take no answers", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    expect(answerWindow({ status: "closed", responseDeadline: "2027-01-01" }, now)).toBe("closed");
    expect(answerWindow({ status: "cancelled", responseDeadline: "2027-01-01" }, now)).toBe("cancelled");
    expect(answerWindow({ status: "draft", responseDeadline: null }, now)).toBe("closed");
  });
});
