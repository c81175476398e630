import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RetrySaveSearch } from "~/components/alerts/retry-save-search";
import { SavedSearchCard } from "~/components/alerts/saved-search-card";
import { DoneBanner } from "~/components/curation/review-forms";
import { MAX_SAVED_SEARCHES, SavedSearchActionSchema } from "~/domain/alerts/saved-search-schema";
import { isBuyer } from "~/domain/authz";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { getSearch } from "~/lib/search.server";
import { requireAllowed } from "~/lib/session.server";
import { describeSearch } from "~/models/saved-search-description.server";
import {
  createSavedSearch,
  deleteSavedSearch,
  findNewListings,
  listSavedSearches,
  normalizeSavedQuery,
  SavedSearchError,
  setSavedSearchFrequency,
} from "~/models/saved-searches.server";

const DONE = ["created", "deleted", "frequency"] as const;
type Done = (typeof DONE)[number];

async function requireBuyer(request: Request) {
  const { t, locale } = await getFixedT(request);
  const user = await requireAllowed(request, isBuyer, t("alerts:errors.forbidden"));
  // i18next's key types can't follow keys built from data (facet and status codes).
  return { user, locale, t: t as unknown as (key: string, vars?: Record<string, unknown>) => string };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, locale, t } = await requireBuyer(request);
  const db = getDb();
  const now = new Date();
  const searches = await Promise.all(
    listSavedSearches(db, user.id).map(async (s) => {
      const normalized = normalizeSavedQuery(s.query);
      return {
        id: s.id,
        name: s.name,
        query: s.query,
        frequency: s.frequency,
        createdAt: s.createdAt.toISOString(),
        lastCheckedAt: s.lastCheckedAt.toISOString(),
        criteria: normalized.ok ? describeSearch(db, normalized.params, locale, t) : [],
        newCount: (await findNewListings(db, getSearch(), s, now)).length,
      };
    }),
  );
  const done = new URL(request.url).searchParams.get("fait");
  return {
    title: t("alerts:savedSearches.title"),
    searches,
    max: MAX_SAVED_SEARCHES,
    done: DONE.includes(done as Done) ? (done as Done) : null,
  };
}

export type SaveSearchActionData = {
  intent: "create" | "other";
  /** The directory query the buyer tried to save, to offer the form again. */
  query: string;
  result: SubmissionResult<string[]>;
  /** A message that is not about one field (limit, duplicate, invalid query). */
  problem: string | null;
  queryProblems: string[];
};

export async function action({ request }: ActionFunctionArgs) {
  const { user, locale, t } = await requireBuyer(request);
  const db = getDb();
  const submission = parseWithZod(await request.formData(), { schema: SavedSearchActionSchema });
  const intent = submission.payload.intent === "create" ? "create" : "other";
  const query = typeof submission.payload.query === "string" ? submission.payload.query : "";
  if (submission.status !== "success") {
    // A delete or frequency change of something that is not a number is about a search that does not exist.
    if (intent === "other" && submission.error?.id)
      throw data({ message: t("alerts:errors.notFound") }, { status: 404 });
    return data(
      { intent, query, result: submission.reply(), problem: null, queryProblems: [] } satisfies SaveSearchActionData,
      { status: 400 },
    );
  }
  const input = submission.value;
  if (input.intent === "create") {
    try {
      createSavedSearch(db, user.id, input);
    } catch (error) {
      if (!(error instanceof SavedSearchError)) throw error;
      const problem =
        error.code === "invalid_query"
          ? t("alerts:errors.invalidQuery")
          : t(error.code === "limit" ? "alerts:errors.limit" : "alerts:errors.duplicate");
      return data(
        {
          intent,
          query,
          result: submission.reply(),
          problem,
          queryProblems: error.problems.map((p) => `${p.path} : ${p.message[locale]}`),
        } satisfies SaveSearchActionData,
        { status: error.code === "invalid_query" ? 400 : 409 },
      );
    }
    return redirect("/recherches?fait=created");
  }
  const changed =
    input.intent === "delete"
      ? deleteSavedSearch(db, user.id, input.id)
      : setSavedSearchFrequency(db, user.id, input.id, input.frequency);
  if (!changed) throw data({ message: t("alerts:errors.notFound") }, { status: 404 });
  return redirect(`/recherches?fait=${input.intent === "delete" ? "deleted" : "frequency"}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function SavedSearches() {
  const { searches, max, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("alerts");
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("savedSearches.title")}</h1>
      <p className="mt-2 text-slate-700">{t("savedSearches.intro")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("savedSearches.emailNote")}</p>
      <DoneBanner message={done ? t(`savedSearches.done.${done}`) : null} />
      {actionData ? <RetrySaveSearch actionData={actionData} /> : null}

      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-medium text-slate-700">
          {t("savedSearches.count", { count: searches.length, max })}
        </p>
        <Link to="/repertoire" className="font-semibold text-brand-800 underline">
          {t("savedSearches.toDirectory")}
        </Link>
      </div>
      {searches.length === 0 ? (
        <div className="mt-6 rounded-lg border border-slate-200 p-5">
          <p className="font-semibold">{t("savedSearches.empty")}</p>
          <p className="mt-2 text-slate-700">{t("savedSearches.howTo")}</p>
        </div>
      ) : (
        <ul className="mt-4 space-y-4">
          {searches.map((s) => (
            <li key={s.id}>
              <SavedSearchCard search={s} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
