import { describe, expect, it } from "vitest";
import { ChangePasswordSchema, LoginSchema, SignUpSchema } from "~/domain/account/account-schemas";
import { describeUserAgent } from "~/domain/account/user-agent";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

const base = {
  accountType: "enterprise",
  displayName: "Camille",
  email: "  Camille@Coop.EXAMPLE ",
  password: "dix caracs!",
  passwordConfirm: "dix caracs!",
  locale: "fr",
};

describe("account schemas", () => {
  it("normalizes the email (trimmed, lower case)", () => {
    const parsed = SignUpSchema.parse(base);
    expect(parsed.email).toBe("camille@coop.example");
    expect(LoginSchema.parse({ email: "A@B.example", password: "x" }).email).toBe("a@b.example");
  });

  it("password between 10 and 200 characters, confirmed", () => {
    expect(messages(SignUpSchema.safeParse({ ...base, password: "123456789", passwordConfirm: "123456789" }))).toEqual({
      password: "passwordTooShort",
    });
    const long = "x".repeat(201);
    expect(messages(SignUpSchema.safeParse({ ...base, password: long, passwordConfirm: long }))).toEqual({
      password: "passwordTooLong",
    });
    expect(
      SignUpSchema.safeParse({ ...base, password: "x".repeat(200), passwordConfirm: "x".repeat(200) }).success,
    ).toBe(true);
    expect(messages(SignUpSchema.safeParse({ ...base, passwordConfirm: "autre chose" }))).toEqual({
      passwordConfirm: "passwordMismatch",
    });
  });

  it("a buyer names an organization, existing or new with type and region", () => {
    expect(messages(SignUpSchema.safeParse({ ...base, accountType: "buyer" }))).toEqual({
      buyerOrganizationId: "errors.chooseOrganization",
    });
    expect(SignUpSchema.safeParse({ ...base, accountType: "buyer", buyerOrganizationId: "3" }).success).toBe(true);
    expect(messages(SignUpSchema.safeParse({ ...base, accountType: "buyer", buyerOrganizationId: "new" }))).toEqual({
      organizationName: "required",
      organizationType: "required",
      organizationRegion: "required",
    });
    expect(
      SignUpSchema.safeParse({
        ...base,
        accountType: "buyer",
        buyerOrganizationId: "new",
        organizationName: "Ville de Démo",
        organizationType: "municipality",
        organizationRegion: "04",
      }).success,
    ).toBe(true);
    expect(messages(SignUpSchema.safeParse({ ...base, accountType: "buyer", buyerOrganizationId: "1; drop" }))).toEqual(
      {
        buyerOrganizationId: "unknownCode",
      },
    );
    // An enterprise's stray organization fields are ignored, not an error.
    expect(SignUpSchema.safeParse({ ...base, organizationName: "x", organizationType: "other" }).success).toBe(true);
  });

  it("login has no length rule on the password (it would only hint at the policy)", () => {
    expect(LoginSchema.safeParse({ email: "a@b.example", password: "court" }).success).toBe(true);
    expect(messages(LoginSchema.safeParse({ email: "a@b" }))).toMatchObject({
      email: "invalidEmail",
      password: "required",
    });
  });

  it("reports every problem at once, the mismatch included", () => {
    expect(messages(SignUpSchema.safeParse({ ...base, displayName: undefined, passwordConfirm: "autre" }))).toEqual({
      displayName: "required",
      passwordConfirm: "passwordMismatch",
    });
  });

  it("changing the password needs the current one and a confirmed new one", () => {
    expect(
      messages(ChangePasswordSchema.safeParse({ newPassword: "nouvelle phrase", newPasswordConfirm: "autre" })),
    ).toEqual({
      currentPassword: "required",
      newPasswordConfirm: "passwordMismatch",
    });
  });
});

describe("describeUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36",
      "Chrome · Windows",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0",
      "Edge · Windows",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1",
      "Safari · iOS",
    ],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:140.0) Gecko/20100101 Firefox/140.0", "Firefox · macOS"],
    ["Mozilla/5.0 (Linux; Android 15) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36", "Chrome · Android"],
  ])("%s → %s", (ua, expected) => expect(describeUserAgent(ua)).toBe(expected));

  it("returns null when nothing is recognised", () => {
    expect(describeUserAgent(null)).toBeNull();
    expect(describeUserAgent("curl/8.0")).toBeNull();
  });
});
