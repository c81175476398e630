/**
 * `npm run jobs:reminders`: emails the members of every published listing not confirmed for
 * 12 months (at most once every 30 days), then delivers the outbox when SMTP_URL is set.
 * Meant for a daily or weekly scheduler (cron, systemd timer); running it twice sends nothing more.
 */
import { databasePathFromUrl, openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { deliverPendingEmails, getMailTransport } from "~/lib/email.server";
import { getEnv } from "~/lib/env.server";
import { sendConfirmationReminders } from "~/models/reminders.server";

const env = getEnv();
const db = openDatabase(databasePathFromUrl(env.DATABASE_URL));
migrateDatabase(db);
if (!env.APP_URL) console.warn("APP_URL is not set: links in the reminders point to http://localhost:3000.");

const summary = await sendConfirmationReminders(db);
console.log(
  `Listings due for confirmation: ${summary.due}; reminded: ${summary.reminded} (${summary.emails} email(s) queued); ` +
    `without a member to remind: ${summary.withoutMembers}.`,
);

const transport = getMailTransport();
if (transport) {
  const { sent, failed } = await deliverPendingEmails(db, transport, { limit: 1000 });
  console.log(`Delivered ${sent} email(s)${failed > 0 ? `, ${failed} failed (retried on the next run)` : ""}.`);
} else {
  console.log("SMTP_URL is not set: the emails wait in the outbox, readable by an administrator in the portal.");
}
db.$client.close();
