import { z } from "zod";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).default("file:./data/maillage.sqlite"),
  SESSION_SECRET: z
    .string()
    .min(32, "SESSION_SECRET must be at least 32 characters")
    .default("dev-only-session-secret-change-me-in-production"),
  // Absolute address of the portal, for links in emails (Vite owns BASE_URL).
  APP_URL: z.url("APP_URL must be an absolute URL such as https://maillage.example").optional(),
  MEILI_HOST: z.url("MEILI_HOST must be a URL such as http://127.0.0.1:7700").optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  // Text matches the embedded engine keeps for facet clicks and paging (0 turns the cache off).
  SEARCH_TEXT_CACHE_ENTRIES: z.coerce
    .number()
    .int("SEARCH_TEXT_CACHE_ENTRIES must be a whole number")
    .min(0, "SEARCH_TEXT_CACHE_ENTRIES must be 0 or more")
    .max(10_000, "SEARCH_TEXT_CACHE_ENTRIES must be at most 10000")
    .default(128),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Maillage <no-reply@maillage.example>"),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment, or explains every bad variable at once. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && env.SESSION_SECRET.startsWith("dev-only")) {
    throw new Error("Invalid environment configuration:\n  - SESSION_SECRET: set a secret in production");
  }
  return env;
}

let cached: Env | undefined;
export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
