import { describe, expect, it } from "vitest";
import type { Actor } from "~/domain/authz";
import { contactFor } from "~/domain/opportunities/contact";
import { canSeeOpportunities, canSeeOpportunity } from "~/domain/opportunities/visibility";

const actor = (over: Partial<Actor> = {}): Actor => ({
  userId: 1,
  roles: new Set(["enterprise_member"]),
  enterpriseIds: new Set([10]),
  curatedRegions: new Set(),
  hubIds: new Set(),
  buyerOrganizationId: null,
  emailVerified: true,
  ...over,
});
const published = { status: "published", isPublic: false };

describe("who sees which need", () => {
  it("the opportunities page is for members of an enterprise", () => {
    expect(canSeeOpportunities(actor())).toBe(true);
    // Signed up as an enterprise, listing not registered yet: the page says how to.
    expect(canSeeOpportunities(actor({ enterpriseIds: new Set() }))).toBe(true);
    expect(canSeeOpportunities(actor({ enterpriseIds: new Set(), roles: new Set(["buyer"]) }))).toBe(false);
    expect(canSeeOpportunities(actor({ enterpriseIds: new Set(), roles: new Set(["admin"]) }))).toBe(false);
    expect(canSeeOpportunities(null)).toBe(false);
  });

  it("a member sees a need for their enterprise when it was matched, or when the need is public", () => {
    expect(canSeeOpportunity(actor(), 10, published, true)).toBe(true);
    expect(canSeeOpportunity(actor(), 10, published, false)).toBe(false);
    expect(canSeeOpportunity(actor(), 10, { ...published, isPublic: true }, false)).toBe(true);
    expect(canSeeOpportunity(actor(), 10, { status: "closed", isPublic: false }, true)).toBe(true);
  });

  it("never for an enterprise they do not belong to, never a draft", () => {
    expect(canSeeOpportunity(actor(), 11, { ...published, isPublic: true }, true)).toBe(false);
    expect(canSeeOpportunity(actor(), 10, { status: "draft", isPublic: true }, true)).toBe(false);
    expect(canSeeOpportunity(null, 10, { ...published, isPublic: true }, true)).toBe(false);
  });
});

describe("the buyer's contact, per visibility", () => {
  const need = {
    contactName: "Julie",
    contactEmail: "julie@sante.example",
    contactPhone: "819 555-0142",
  };
  it("public: shown to everyone who sees the need", () => {
    expect(contactFor({ ...need, contactVisibility: "public" }, false)).toEqual({
      kind: "shown",
      name: "Julie",
      email: "julie@sante.example",
      phone: "819 555-0142",
    });
  });
  it("matched: shown only to matched enterprises", () => {
    expect(contactFor({ ...need, contactVisibility: "matched" }, true).kind).toBe("shown");
    expect(contactFor({ ...need, contactVisibility: "matched" }, false)).toEqual({ kind: "matched_only" });
  });
  it("on request: never shown", () => {
    expect(contactFor({ ...need, contactVisibility: "on_request" }, true)).toEqual({ kind: "on_request" });
  });
  it("nothing to show", () => {
    expect(
      contactFor({ contactVisibility: "public", contactName: null, contactEmail: null, contactPhone: null }, true),
    ).toEqual({ kind: "none" });
  });
});
