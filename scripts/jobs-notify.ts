/**
 * `npm run jobs:notify`: tells matched enterprises about new needs, subscribers about new
 * public needs in their categories and regions, buyers about new answers (one digest each),
 * then sends the daily and weekly digests that are due, and delivers the outbox when SMTP_URL
 * is set. Meant for a scheduler every few minutes; running it twice sends nothing more.
 */
import { databasePathFromUrl, openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { deliverPendingEmails, getMailTransport } from "~/lib/email.server";
import { getEnv } from "~/lib/env.server";
import { runNotificationJobs } from "~/models/need-notifications.server";

const env = getEnv();
const db = openDatabase(databasePathFromUrl(env.DATABASE_URL));
migrateDatabase(db);
if (!env.APP_URL) console.warn("APP_URL is not set: links in the emails point to http://localhost:3000.");

const s = await runNotificationJobs(db);
console.log(
  [
    `Matched enterprises: ${s.matched.matches} new match(es) notified; ${s.matched.inApp} in-app notification(s), ${s.matched.emails} email(s) now.`,
    `Subscriptions: ${s.subscribed.needs} recent public need(s); ${s.subscribed.inApp} in-app notification(s), ${s.subscribed.emails} email(s) now.`,
    `Answers: ${s.answers.answers} new answer(s) for ${s.answers.buyers} buyer(s); ${s.answers.inApp} in-app notification(s), ${s.answers.emails} email(s) now.`,
    `Digests: ${s.daily.emails} daily and ${s.weekly.emails} weekly email(s), carrying ${s.daily.notifications + s.weekly.notifications} notification(s).`,
  ].join("\n"),
);

const transport = getMailTransport();
if (transport) {
  let total = 0;
  let failed = 0;
  // Deliver everything pending, not just one page (a big need can notify hundreds of members);
  // a page that was not full means every pending message had its attempt this run.
  for (;;) {
    const round = await deliverPendingEmails(db, transport, { limit: 500 });
    total += round.sent;
    failed += round.failed;
    if (round.sent === 0 || round.sent + round.failed < 500) break;
  }
  console.log(`Delivered ${total} email(s)${failed > 0 ? `, ${failed} failed (retried on the next run)` : ""}.`);
  transport.close();
} else {
  console.log("SMTP_URL is not set: the emails wait in the outbox, readable by an administrator in the portal.");
}
db.$client.close();
