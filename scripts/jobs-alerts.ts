/**
 * `npm run jobs:alerts`: for each buyer's saved directory search that is due (as soon as
 * possible, daily or weekly), one email and one in-app notification listing the listings
 * published since its last check; then delivers the outbox when SMTP_URL is set. Meant for a
 * scheduler (cron, every hour); running it twice sends nothing more.
 */
import { databasePathFromUrl, openDatabase } from "#db/client";
import { migrateDatabase } from "#db/migrate";
import { deliverPendingEmails, getMailTransport } from "~/lib/email.server";
import { getEnv } from "~/lib/env.server";
import { sendSavedSearchAlerts } from "~/models/saved-search-alerts.server";
import { createSearchService } from "~/search/service.server";

const env = getEnv();
const db = openDatabase(databasePathFromUrl(env.DATABASE_URL));
migrateDatabase(db);
if (!env.APP_URL) console.warn("APP_URL is not set: links in the alerts point to http://localhost:3000.");

const search = createSearchService(db, { meiliHost: env.MEILI_HOST, meiliKey: env.MEILI_MASTER_KEY });
const summary = await sendSavedSearchAlerts(db, search);
console.log(
  `Saved searches due: ${summary.due}; with new listings: ${summary.alerted} ` +
    `(${summary.listings} listing(s), ${summary.emails} email(s) queued).`,
);

const transport = getMailTransport();
if (transport) {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const round = await deliverPendingEmails(db, transport, { limit: 500 });
    sent += round.sent;
    failed += round.failed;
    if (round.sent === 0 || round.sent + round.failed < 500) break;
  }
  console.log(`Delivered ${sent} email(s)${failed > 0 ? `, ${failed} failed (retried on the next run)` : ""}.`);
  transport.close();
} else {
  console.log("SMTP_URL is not set: the emails wait in the outbox, readable by an administrator in the portal.");
}
db.$client.close();
