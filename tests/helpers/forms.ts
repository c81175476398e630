import { desc, eq } from "drizzle-orm";
import type { Db } from "#db/client";
import { emailOutbox } from "#db/schema";
import type { createTestApp } from "./app";

type App = Awaited<ReturnType<typeof createTestApp>>;

let ipCounter = 0;
/** A fresh client address per request unless a test wants to share one (rate limits count per address). */
export const freshIp = () => `192.0.2.${(++ipCounter % 250) + 1}-${ipCounter}`;

/** POSTs a form as a browser without JavaScript would, from a client address. */
export function postForm(
  app: App,
  path: string,
  body: Record<string, string>,
  { cookie, ip = freshIp(), headers = {} }: { cookie?: string; ip?: string; headers?: Record<string, string> } = {},
) {
  return app.fetch(
    path,
    {
      method: "POST",
      body: new URLSearchParams(body),
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
    },
    { clientIp: ip },
  );
}

/** The visible text of the page's <main>, tags and extra spaces removed, for comparing two pages. */
export function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? "";
  return main
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first `name=value` of every Set-Cookie header, ready for a Cookie header. */
export function cookiesFrom(response: Response): Record<string, string> {
  const result: Record<string, string> = {};
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0]!;
    const name = pair.slice(0, pair.indexOf("="));
    result[name] = pair;
  }
  return result;
}

export function emailsTo(db: Db, to: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.to, to.toLowerCase())).orderBy(desc(emailOutbox.id)).all();
}

/** The token of the newest link to `path` emailed to `to`. */
export function tokenFromEmail(db: Db, to: string, path: string): string {
  for (const message of emailsTo(db, to)) {
    const match = new RegExp(`${path.replace(/[/-]/g, "\\$&")}\\?token=([A-Za-z0-9_-]+)`).exec(message.text);
    if (match) return match[1]!;
  }
  throw new Error(`no ${path} link emailed to ${to}`);
}
