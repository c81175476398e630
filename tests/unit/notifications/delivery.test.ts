import { describe, expect, it } from "vitest";
import { digestDue, digestSince, emailPlan } from "~/domain/notifications/delivery";

const at = (iso: string) => new Date(iso);

describe("email per preference", () => {
  it("immediate → now; daily and weekly → the digest; never → none", () => {
    expect(emailPlan("immediate")).toBe("now");
    expect(emailPlan("daily")).toBe("digest");
    expect(emailPlan("weekly")).toBe("digest");
    expect(emailPlan("never")).toBe("none");
  });

  it("a daily digest is due after about a day (an hour of slack for the scheduler), a weekly one after about a week", () => {
    const last = at("2026-12-01T07:00:00Z");
    expect(digestDue("daily", null, at("2026-12-01T07:00:00Z"))).toBe(true);
    expect(digestDue("daily", last, at("2026-12-01T20:00:00Z"))).toBe(false);
    expect(digestDue("daily", last, at("2026-12-02T06:05:00Z"))).toBe(true);
    expect(digestDue("weekly", last, at("2026-12-05T07:00:00Z"))).toBe(false);
    expect(digestDue("weekly", last, at("2026-12-08T06:30:00Z"))).toBe(true);
  });

  it("the first digest looks back one period; later ones start at the last", () => {
    const now = at("2026-12-10T12:00:00Z");
    expect(digestSince("daily", null, now)).toEqual(at("2026-12-09T12:00:00Z"));
    expect(digestSince("weekly", null, now)).toEqual(at("2026-12-03T12:00:00Z"));
    expect(digestSince("daily", at("2026-12-08T00:00:00Z"), now)).toEqual(at("2026-12-08T00:00:00Z"));
  });
});
