import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/curation/format";
import { useLocale } from "~/lib/locale";
import type { SearchCriterion } from "~/models/saved-search-description.server";
import { FrequencySelect } from "./frequency-select";

export type SavedSearchView = {
  id: number;
  name: string;
  query: string;
  frequency: string;
  createdAt: string;
  lastCheckedAt: string;
  criteria: SearchCriterion[];
  newCount: number;
};

/** One saved search: its criteria in words, what is new, and what the buyer can do with it. */
export function SavedSearchCard({ search }: { search: SavedSearchView }) {
  const { t } = useTranslation("alerts");
  const locale = useLocale();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("id") === String(search.id);
  return (
    <article aria-labelledby={`saved-${search.id}`} className="rounded-lg border border-slate-200 p-4 sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={`saved-${search.id}`} className="break-words text-xl font-bold">
          {search.name}
        </h2>
        <p
          className={`rounded-full px-3 py-1 text-sm font-semibold ${
            search.newCount > 0 ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-800"
          }`}
        >
          {t("savedSearches.newSince", { count: search.newCount })}
        </p>
      </div>
      <h3 className="sr-only">{t("savedSearches.criteria")}</h3>
      {search.criteria.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("savedSearches.allListings")}</p>
      ) : (
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {search.criteria.map((c) => (
            <div key={c.label} className="contents">
              <dt className="font-semibold text-slate-800">{c.label}</dt>
              <dd className="break-words text-slate-800">{c.values.join(", ")}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-2 text-sm text-slate-700">
        {t("savedSearches.savedOn", { date: formatDate(locale, search.createdAt) })} ·{" "}
        {t("savedSearches.lastChecked", { date: formatDate(locale, search.lastCheckedAt) })}
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-x-6 gap-y-4">
        <Link
          to={search.query ? `/repertoire?${search.query}` : "/repertoire"}
          aria-label={t("savedSearches.runLabel", { name: search.name })}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("savedSearches.run")}
        </Link>
        <Form method="post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="frequency" />
          <input type="hidden" name="id" value={search.id} />
          <FrequencySelect
            id={`frequency-${search.id}`}
            label={t("savedSearches.frequency")}
            defaultValue={search.frequency}
          />
          <button
            type="submit"
            disabled={busy}
            aria-label={t("savedSearches.changeFrequencyLabel", { name: search.name })}
            className="rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
          >
            {t("savedSearches.changeFrequency")}
          </button>
        </Form>
        <Form method="post" className="sm:ml-auto">
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="id" value={search.id} />
          <button
            type="submit"
            disabled={busy}
            aria-label={t("savedSearches.deleteLabel", { name: search.name })}
            className="rounded-md border border-red-800 px-3 py-2 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            {t("savedSearches.delete")}
          </button>
        </Form>
      </div>
    </article>
  );
}
