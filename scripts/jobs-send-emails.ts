/**
 * `npm run jobs:emails`: delivers the outbox's pending messages through SMTP_URL, then exits.
 * The portal already sends account emails as they are queued; this catches up on the rest
 * (hub decisions, reminders, anything that failed) and is meant for a scheduler (cron, every
 * few minutes). A message that fails stays pending and is retried next time, up to 8 attempts.
 */
import fs from "node:fs";
import nodemailer from "nodemailer";
import { databasePathFromUrl, openDatabase } from "#db/client";
import { deliverPendingEmails } from "~/lib/email.server";
import { parseEnv } from "~/lib/env.server";

const env = parseEnv();
if (!env.SMTP_URL) {
  console.error(
    "SMTP_URL is not set: messages stay in the outbox, where an administrator reads them (/admin/courriels).",
  );
  process.exit(1);
}
const file = databasePathFromUrl(env.DATABASE_URL);
if (file !== ":memory:" && !fs.existsSync(file)) {
  console.error(`No database at ${file}: start the portal once (npm start) to create it.`);
  process.exit(1);
}

const db = openDatabase(file);
const transport = nodemailer.createTransport(env.SMTP_URL);
const BATCH = 50;
const total = { sent: 0, failed: 0 };
try {
  for (;;) {
    const run = await deliverPendingEmails(db, transport, { from: env.MAIL_FROM, limit: BATCH });
    total.sent += run.sent;
    total.failed += run.failed;
    // A failure usually means the server is unreachable: stop, and let the next run retry.
    if (run.failed > 0 || run.sent < BATCH) break;
  }
} finally {
  transport.close();
  db.$client.close();
}
console.log(`emails: ${total.sent} sent, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
