import { z } from "zod";
import { ROLES } from "#db/schema/accounts";
import { ContactsSchema } from "../listing/listing-schema";

/**
 * The administration forms, shared by the server (parseWithZod) and the browser. Messages are
 * keys of the `forms` namespace, or of `admin` for the ones only these forms use.
 */
const REGION_CODE = /^(0[1-9]|1[0-7])$/;

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(max, { error: "tooMany" }),
  );

export const HubSchema = z.object({
  intent: z.literal("save"),
  name: z.string({ error: "required" }).trim().min(3, { error: "tooShort" }).max(120, { error: "tooLong" }),
  email: ContactsSchema.shape.email,
  website: ContactsSchema.shape.website,
  // Checked as a whole so the message lands on the fieldset, not on one checkbox.
  regions: list(z.string(), 17).refine((codes) => codes.every((c) => REGION_CODE.test(c)), {
    error: "hubs.errors.unknownRegion",
  }),
});

export const AddCuratorSchema = z.object({
  intent: z.literal("addCurator"),
  email: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalidEmail" })),
});

export const RemoveCuratorSchema = z.object({
  intent: z.literal("removeCurator"),
  userId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** The hub page's three forms, told apart by their `intent` button. */
export const HubPageSchema = z.discriminatedUnion("intent", [HubSchema, AddCuratorSchema, RemoveCuratorSchema]);

export const RolesSchema = z.object({
  roles: list(z.enum(ROLES, { error: "users.errors.unknownRole" }), ROLES.length),
});

export const UserSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
