import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChangeList } from "~/components/curation/change-list";
import { FieldValue, useFieldLabel } from "~/components/curation/field-value";
import { formatDateTime } from "~/components/curation/format";
import { Pagination } from "~/components/pagination";
import { canModerateListing, canSeeUnpublishedListing } from "~/domain/authz";
import type { FieldChange } from "~/domain/curation/field-display";
import { parseListingId } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { readPage } from "~/lib/http.server";
import { getFixedT } from "~/lib/i18n.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireUser } from "~/lib/session.server";
import { listAuditHistory } from "~/models/audit-history.server";
import { getListingState } from "~/models/listing-workflow.server";

// The audit trail of one listing, for the people who may see it unpublished: its members,
// the hub of its region, administrators. Shared by the member and hub sides of the portal.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const db = getDb();
  const id = parseListingId(params.id);
  const state = id.success ? getListingState(db, id.data) : undefined;
  if (!state) throw data({ message: t("curation:errors.listingNotFound") }, { status: 404 });
  const ref = { id: state.id, regionCode: state.regionCode };
  if (!canSeeUnpublishedListing(user.actor, ref))
    throw data({ message: t("curation:errors.forbiddenHistory") }, { status: 403 });
  const page = readPage(new URL(request.url));
  const history = listAuditHistory(db, state.id, state.regionCode, { page });
  return {
    title: t("curation:history.title", { name: state.publicName }),
    name: state.publicName,
    // Curators go back to the review page, members to their own listing.
    backTo: canModerateListing(user.actor, ref) ? `/pole/fiches/${state.id}` : `/mon-entreprise/${state.id}`,
    backIsReview: canModerateListing(user.actor, ref),
    ...history,
    page,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ListingHistory() {
  const { name, entries, page, pages, backTo, backIsReview } = useLoaderData<typeof loader>();
  const { t } = useTranslation("curation");
  const locale = useLocale();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p>
        <Link to={backTo} className="text-sm text-brand-800 underline">
          {backIsReview ? t("history.backToReview") : t("history.backToListing")}
        </Link>
      </p>
      <p className="mt-4 text-sm font-semibold text-brand-700">{t("history.kicker")}</p>
      <h1 className="mt-1 break-words text-3xl font-bold">{name}</h1>
      <p className="mt-2 text-slate-700">{t("history.intro")}</p>
      {entries.length === 0 ? (
        <p className="mt-6">{t("history.empty")}</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {entries.map((entry) => {
            const kind = entry.actor ? t(`history.actorKind.${entry.actor.kind}`) : "";
            return (
              <li key={entry.id} className="rounded-lg border border-slate-200 p-4">
                <h2 className="text-lg font-semibold">
                  {t(`action.${entry.action}`)}
                  {entry.note ? (
                    <span className="ml-2 inline-block rounded-full bg-amber-100 px-2.5 py-0.5 align-middle text-xs font-semibold text-amber-900">
                      {entry.note.key === "invitation" && entry.note.by
                        ? t("history.notes.invitationBy", { by: entry.note.by })
                        : t(`history.notes.${entry.note.key}`)}
                    </span>
                  ) : null}
                </h2>
                <p className="text-sm text-slate-700">
                  <time dateTime={entry.at}>{formatDateTime(locale, entry.at)}</time>{" "}
                  {entry.actor
                    ? `${t("history.by", { name: entry.actor.name })}${kind ? ` (${kind})` : ""}`
                    : t("history.system")}
                </p>
                {entry.message ? (
                  <div className="mt-2 rounded-md bg-slate-50 p-3">
                    <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">
                      {t("history.message")}
                    </p>
                    <p className="mt-1 whitespace-pre-line break-words">{entry.message}</p>
                  </div>
                ) : null}
                {entry.changes.length === 0 ? (
                  entry.action === "update" && !entry.message && !entry.note ? (
                    <p className="mt-2 text-sm text-slate-700">{t("history.noChange")}</p>
                  ) : null
                ) : entry.action === "create" ? (
                  // A new listing has no "before": its first values are enough.
                  <InitialValues changes={entry.changes} />
                ) : (
                  <ChangeList
                    changes={entry.changes}
                    beforeLabel={t("history.before")}
                    afterLabel={t("history.after")}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Pagination page={page} pages={pages} />
    </div>
  );
}

function InitialValues({ changes }: { changes: FieldChange[] }) {
  const label = useFieldLabel();
  return (
    <dl className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
      {changes.map((c) => (
        <div key={c.field} className="grid gap-1 px-3 py-2 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-medium text-slate-700">{label(c.field)}</dt>
          <dd className="min-w-0 sm:col-span-2">
            <FieldValue value={c.after} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
