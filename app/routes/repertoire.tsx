import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { EnterpriseCardList } from "~/components/enterprise-card";
import { Pagination } from "~/components/pagination";
import { FacetFieldset } from "~/components/search/facet-fieldset";
import { SaveSearchForm } from "~/components/search/save-search-form";
import { isBuyer } from "~/domain/authz";
import { toCardViews } from "~/lib/card-views";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { localized } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { getSearch } from "~/lib/search.server";
import { getCurrentUser } from "~/lib/session.server";
import { searchDirectory } from "~/models/directory-search.server";
import { facetValueLabels } from "~/models/search-labels.server";
import { buildFacetView } from "~/search/facet-options";
import { parseSearchParams } from "~/search/params";
import { FACETS, type Facet } from "~/search/types";

const FACET_ORDER: Facet[] = [
  "serves",
  "group",
  "category",
  "status",
  "region",
  "mrc",
  "municipality",
  "label",
  "purpose",
  "workforce",
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, locale } = await getFixedT(request);
  const url = new URL(request.url);
  const db = getDb();
  const common = {
    search: url.search,
    // Buyers may save the search for alerts (/recherches checks again).
    canSaveSearch: isBuyer((await getCurrentUser(request, db))?.actor ?? null),
    raw: rawState(url),
  };
  // `expand` unfolds long facets on this page only; the API does not take it.
  const expandValues = url.searchParams.getAll("expand");
  const expand = FACETS.filter((f) => expandValues.includes(f));
  const parsed = parseSearchParams(url.searchParams, { allow: ["expand"] });
  // MRC and municipality options are only shown once a region (or MRC) is chosen: don't count them before.
  const facets = parsed.ok
    ? FACETS.filter(
        (f) =>
          (f !== "mrc" || parsed.params.region.length + parsed.params.mrc.length > 0) &&
          (f !== "municipality" || parsed.params.mrc.length + parsed.params.municipality.length > 0),
      )
    : [];
  const outcome = parsed.ok ? await searchDirectory(db, getSearch(), parsed.params, { facets }) : parsed;
  const problems = outcome.ok ? [] : outcome.problems.map((p) => ({ path: p.path, message: p.message[locale] }));
  if (expandValues.some((v) => !(FACETS as readonly string[]).includes(v))) {
    problems.push({ path: "expand", message: t("search:problems.expand") });
  }
  if (!outcome.ok || problems.length > 0) {
    return data({ ...common, title: t("search:problems.title"), problems, view: null }, { status: 400 });
  }
  const { result } = outcome;
  const labels = facetValueLabels(db, {
    mrc: Object.keys(result.facets.mrc ?? {}),
    municipality: Object.keys(result.facets.municipality ?? {}),
  });
  const labelOf = (facet: Facet) => (value: string) => {
    const entry =
      facet === "serves" || facet === "region"
        ? labels.region[value]
        : facet === "status" || facet === "workforce"
          ? undefined
          : labels[facet][value];
    if (entry) return localized(locale, entry.fr, entry.en);
    if (facet === "status") return t(`directory:legalStatus.${value}` as "directory:legalStatus.obnl");
    if (facet === "workforce") return t(`directory:workforceBand.${value}` as "directory:workforceBand.1_4");
    return value;
  };
  // Only what the page renders goes to the browser: the facets' shown options, not every count and name.
  const facetViews = FACET_ORDER.filter((f) => result.facets[f] !== undefined).map((facet) =>
    buildFacetView({
      facet,
      counts: result.facets[facet] ?? {},
      chosen: result.query.filters[facet] ?? [],
      labelOf: labelOf(facet),
      expanded: expand.includes(facet),
      locale,
    }),
  );
  const { facets: _counts, engine: _engine, hits, ...rest } = result;
  return {
    ...common,
    title: result.query.q ? t("search:titleWithQuery", { q: result.query.q }) : t("search:title"),
    problems: null,
    view: {
      ...rest,
      expand,
      facetViews,
      hits: toCardViews(hits, { t, locale }),
    },
  };
}

function rawState(url: URL) {
  return {
    q: url.searchParams.get("q") ?? "",
    near: url.searchParams.get("near") ?? "",
    radiusKm: url.searchParams.get("radiusKm") ?? "",
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function Directory() {
  const loaderData = useLoaderData<typeof loader>();
  const { view, problems, raw } = loaderData;
  const { t } = useTranslation(["search", "directory", "common"]);
  const location = useLocation();
  const navigation = useNavigation();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const queryRef = useRef<HTMLInputElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>();

  // Keep the text box in step with the URL (back button, "clear all") unless the user is typing in it.
  useEffect(() => {
    if (queryRef.current && document.activeElement !== queryRef.current) queryRef.current.value = raw.q;
  }, [raw.q]);

  const submitForm = (delay: number) => {
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => {
      if (formRef.current) submit(formRef.current, { replace: true, preventScrollReset: true });
    }, delay);
  };

  const activeCount = view
    ? Object.values(view.query.filters).reduce((n, v) => n + (v?.length ?? 0), 0) + (view.near ? 1 : 0)
    : 0;
  const activeFilters = activeCount > 0;
  const busy = navigation.state === "loading" && navigation.location?.pathname === "/repertoire";

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-bold">{t("search:title")}</h1>
        {loaderData.canSaveSearch && view ? (
          <SaveSearchForm search={loaderData.search} defaultName={view.query.q} />
        ) : null}
      </div>
      <Form
        ref={formRef}
        method="get"
        action="/repertoire"
        role="search"
        className="mt-6"
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          submitForm(target.name === "q" || target.name === "near" || target.name === "radiusKm" ? 350 : 0);
        }}
      >
        {/* Facets the buyer unfolded stay unfolded while they pick in them. */}
        {view?.expand.map((facet) => (
          <input key={facet} type="hidden" name="expand" value={facet} />
        ))}
        <div className="flex flex-col gap-2 sm:flex-row">
          <label htmlFor="q" className="sr-only">
            {t("search:queryLabel")}
          </label>
          <input
            ref={queryRef}
            id="q"
            name="q"
            type="search"
            defaultValue={raw.q}
            placeholder={t("search:queryPlaceholder")}
            autoComplete="off"
            onInput={() => submitForm(350)}
            className="w-full rounded-md border border-slate-400 px-4 py-2.5"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
          >
            {t("search:submit")}
          </button>
        </div>

        {problems ? (
          <div role="alert" className="mt-6 rounded-md border border-red-700 bg-red-50 p-4">
            <h2 className="font-semibold text-red-900">{t("search:problems.title")}</h2>
            <ul className="mt-2 list-disc pl-5 text-sm text-red-900">
              {problems.map((p) => (
                <li key={p.path + p.message}>
                  <code>{p.path}</code> : {p.message}
                </li>
              ))}
            </ul>
            <p className="mt-3">
              <Link to="/repertoire" className="text-brand-800 underline">
                {t("search:problems.reset")}
              </Link>
            </p>
          </div>
        ) : null}

        {view ? (
          <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
            {/* Folded on phones so results come first; always shown on wide screens, even without JavaScript. */}
            <details
              open={view.expand.length > 0}
              className="rounded-lg border border-slate-200 p-4 lg:border-0 lg:p-0 lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block"
            >
              <summary className="cursor-pointer font-semibold lg:hidden">
                {t("search:filtersHeading")}
                {activeCount > 0 ? ` (${activeCount})` : ""}
              </summary>
              <div className="mt-3 space-y-4 lg:mt-0">
                <h2 className="sr-only lg:not-sr-only lg:text-lg lg:font-bold">{t("search:filtersHeading")}</h2>
                {view.facetViews.map((facetView) => (
                  <FacetFieldset
                    key={facetView.facet}
                    view={facetView}
                    legend={t(`search:facets.${facetView.facet}`)}
                    hint={facetView.facet === "serves" ? t("search:facets.servesHint") : undefined}
                  />
                ))}
                <fieldset className="border-t border-slate-200 pt-3">
                  <legend className="text-sm font-semibold">{t("search:near.legend")}</legend>
                  <label htmlFor="near" className="mt-2 block text-sm">
                    {t("search:near.label")}
                  </label>
                  <input
                    id="near"
                    name="near"
                    defaultValue={raw.near}
                    autoComplete="off"
                    className="mt-1 w-full rounded-md border border-slate-400 px-2 py-1.5 text-sm"
                  />
                  <label htmlFor="radiusKm" className="mt-2 block text-sm">
                    {t("search:near.radius")}
                  </label>
                  <input
                    id="radiusKm"
                    name="radiusKm"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={1000}
                    defaultValue={raw.radiusKm}
                    className="mt-1 w-28 rounded-md border border-slate-400 px-2 py-1.5 text-sm"
                  />
                </fieldset>
                <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3">
                  <button
                    type="submit"
                    className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
                  >
                    {t("search:applyFilters")}
                  </button>
                  {activeFilters ? (
                    <Link
                      to={view.query.q ? `/repertoire?q=${encodeURIComponent(view.query.q)}` : "/repertoire"}
                      className="text-sm text-brand-800 underline"
                    >
                      {t("search:clearAll")}
                    </Link>
                  ) : null}
                </div>
              </div>
            </details>

            <section aria-labelledby="results-heading" aria-busy={busy}>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
                  {t("search:results", { count: view.total })}
                  {view.query.q ? (
                    <span className="font-normal text-slate-700"> {t("search:resultsFor", { q: view.query.q })}</span>
                  ) : null}
                </h2>
                <div className="flex items-center gap-2 text-sm">
                  <label htmlFor="sort">{t("search:sortLabel")}</label>
                  <select
                    id="sort"
                    name="sort"
                    defaultValue={view.query.sort}
                    key={view.query.sort}
                    className="rounded-md border border-slate-400 px-2 py-1"
                  >
                    <option value="relevance">{t("search:sort.relevance")}</option>
                    <option value="name">{t("search:sort.name")}</option>
                    {view.near ? <option value="distance">{t("search:sort.distance")}</option> : null}
                  </select>
                </div>
              </div>
              {view.correctedTerms?.length ? (
                <p className="mt-2 text-sm text-slate-700">
                  {t("search:corrected", { terms: view.correctedTerms.join(", ") })}
                </p>
              ) : null}

              {view.hits.length === 0 ? (
                <div className="mt-6 rounded-lg border border-slate-200 p-5">
                  <p className="font-semibold">{t("search:empty.title")}</p>
                  <ul className="mt-3 space-y-2 text-sm">
                    {view.relaxations.slice(0, 3).map((r) => {
                      const params = new URLSearchParams(location.search);
                      params.delete("page");
                      params.delete(r.facet);
                      return (
                        <li key={r.facet}>
                          <Link to={`/repertoire?${params.toString()}`} className="text-brand-800 underline">
                            {r.facet === "q"
                              ? t("search:empty.removeQuery", { q: view.query.q, count: r.total })
                              : t("search:empty.removeFilter", {
                                  facet: t(`search:facets.${r.facet}`),
                                  count: r.total,
                                })}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                  <p className="mt-3 text-sm text-slate-700">{t("search:empty.tips")}</p>
                </div>
              ) : (
                <EnterpriseCardList
                  className="mt-4 space-y-3"
                  cards={view.hits}
                  from={`/repertoire${location.search}`}
                />
              )}
              <Pagination page={view.page} pages={view.pages} />
            </section>
          </div>
        ) : null}
      </Form>
    </div>
  );
}
