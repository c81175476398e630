import { describe, expect, it } from "vitest";
import { isValidNeq, neqCheckDigit, normalizeNeq } from "~/domain/neq";

describe("NEQ validation", () => {
  it("accepts real NEQs from the enterprise register", () => {
    for (const neq of ["1144718310", "1180701097", "1177411684", "1161136370"]) expect(isValidNeq(neq)).toBe(true);
  });

  it("accepts the spaces and dashes people type", () => {
    expect(normalizeNeq("1144 718 310")).toBe("1144718310");
    expect(isValidNeq("1144-718-310")).toBe(true);
  });

  it("rejects a wrong length, letters, and any single-digit typo", () => {
    expect(isValidNeq("114471831")).toBe(false);
    expect(isValidNeq("11447183100")).toBe(false);
    expect(isValidNeq("114471831a")).toBe(false);
    const valid = "1144718310";
    for (let i = 0; i < valid.length; i++) {
      const d = Number(valid[i]);
      const typo = valid.slice(0, i) + ((d + 1) % 10) + valid.slice(i + 1);
      expect(isValidNeq(typo), typo).toBe(false);
    }
  });

  it("computes the check digit that completes nine digits", () => {
    expect(neqCheckDigit("114471831")).toBe("0");
    expect(isValidNeq("116500000" + neqCheckDigit("116500000"))).toBe(true);
  });
});
