import { z } from "zod";
import { BUYER_ORGANIZATION_TYPES } from "#db/schema/accounts";

export { BUYER_ORGANIZATION_TYPES };

/**
 * The account forms. Messages are keys of the `forms` namespace, or `errors.*` keys of `account`
 * for the few rules only accounts have (fields render them with namespace="account"), so the
 * server and the browser show the same localized text.
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const ACCOUNT_TYPES = ["enterprise", "buyer"] as const;
export const LOCALES = ["fr", "en"] as const;
/** The buyer-organization select's value when the organization is not in the list. */
export const NEW_ORGANIZATION = "new";

/** Compared and stored in lower case. */
export const emailField = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "invalidEmail" }));

/** Cross-field rules run even when a field is invalid, so every problem shows at once. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** A new password: long enough to resist guessing, short enough not to be a hashing burden. */
const newPassword = z
  .string({ error: "required" })
  .min(PASSWORD_MIN, { error: "passwordTooShort" })
  .max(PASSWORD_MAX, { error: "passwordTooLong" });

/** A password typed to sign in: no length rule, which would only hint at the policy. */
const typedPassword = z.string({ error: "required" }).max(1000, { error: "passwordTooLong" });

const displayName = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .min(2, { error: "tooShort" })
  .max(80, { error: "tooLong" });

const locale = z.enum(LOCALES, { error: "required" });

export const LoginSchema = z.object({
  email: emailField,
  password: typedPassword,
  redirectTo: z.string().max(2000).optional(),
});

export const SignUpSchema = z
  .object({
    displayName,
    email: emailField,
    password: newPassword,
    passwordConfirm: z.string({ error: "required" }),
    locale,
    accountType: z.enum(ACCOUNT_TYPES, { error: "errors.chooseAccountType" }),
    buyerOrganizationId: z
      .string()
      .regex(/^(\d{1,9}|new)$/, { error: "unknownCode" })
      .optional(),
    organizationName: z.string().trim().max(200, { error: "tooLong" }).optional(),
    organizationType: z.enum(BUYER_ORGANIZATION_TYPES, { error: "unknownCode" }).optional(),
    organizationRegion: z
      .string()
      .regex(/^\d{2}$/, { error: "unknownCode" })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.passwordConfirm)
      ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: "passwordMismatch" });
    if (v.accountType !== "buyer") return;
    if (!v.buyerOrganizationId) {
      ctx.addIssue({ code: "custom", path: ["buyerOrganizationId"], message: "errors.chooseOrganization" });
      return;
    }
    if (v.buyerOrganizationId !== NEW_ORGANIZATION) return;
    if (!v.organizationName || v.organizationName.length < 2)
      ctx.addIssue({
        code: "custom",
        path: ["organizationName"],
        message: v.organizationName ? "tooShort" : "required",
      });
    if (!v.organizationType) ctx.addIssue({ code: "custom", path: ["organizationType"], message: "required" });
    if (!v.organizationRegion) ctx.addIssue({ code: "custom", path: ["organizationRegion"], message: "required" });
  }, always);
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const ForgotPasswordSchema = z.object({ email: emailField });

const withConfirmation = <T extends z.ZodRawShape>(shape: T, field: string, confirmField: string) =>
  z.object(shape).superRefine((v: Record<string, unknown>, ctx) => {
    if (v[field] !== v[confirmField])
      ctx.addIssue({ code: "custom", path: [confirmField], message: "passwordMismatch" });
  }, always);

export const ResetPasswordSchema = withConfirmation(
  {
    token: z.string({ error: "required" }).max(200),
    password: newPassword,
    passwordConfirm: z.string({ error: "required" }),
  },
  "password",
  "passwordConfirm",
);

export const ProfileSchema = z.object({ displayName, locale });

export const ChangePasswordSchema = withConfirmation(
  { currentPassword: typedPassword, newPassword, newPasswordConfirm: z.string({ error: "required" }) },
  "newPassword",
  "newPasswordConfirm",
);
