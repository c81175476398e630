import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ReasonList, ResponseBadge, WindowBadge } from "~/components/opportunities/badges";
import { Pagination } from "~/components/pagination";
import { formatIsoDate } from "~/domain/opportunities/format";
import { getDb } from "~/lib/db.server";
import { readPage } from "~/lib/http.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { listOpportunities, memberEnterprises, type OpportunityListItem } from "~/models/opportunities.server";
import { readEnterprise, requireMember } from "./opportunites.server";

// French query values, like the URLs; unknown values fall back to the defaults.
const STATES = { ouverts: "open", fermes: "closed", tous: "all" } as const;
const ANSWERED = { toutes: "all", repondu: "answered", "sans-reponse": "unanswered" } as const;
const StateParam = z.enum(Object.keys(STATES) as [keyof typeof STATES]).catch("ouverts");
const AnsweredParam = z.enum(Object.keys(ANSWERED) as [keyof typeof ANSWERED]).catch("toutes");

export async function loader({ request }: LoaderFunctionArgs) {
  const ctx = await requireMember(request);
  const url = new URL(request.url);
  const db = getDb();
  const enterpriseId = readEnterprise(url, ctx);
  const etat = StateParam.parse(url.searchParams.get("etat") ?? undefined);
  const reponse = AnsweredParam.parse(url.searchParams.get("reponse") ?? undefined);
  const enterprises = memberEnterprises(db, ctx.user.actor);
  const filters = { entreprise: enterpriseId ?? null, etat, reponse };
  const title = ctx.t("opportunities:meta.list");
  // Not a member of any enterprise yet: nothing to answer for, say how to register one.
  if (enterprises.length === 0) return { title, enterprises, filters, total: 0, page: 1, pages: 1, items: [] };
  const result = listOpportunities(
    db,
    {
      enterpriseIds: enterpriseId ? [enterpriseId] : enterprises.map((e) => e.id),
      state: STATES[etat],
      answered: ANSWERED[reponse],
      page: readPage(url),
    },
    { now: new Date(), t: ctx.tOpp, names: ctx.names },
  );
  return { title, enterprises, filters, ...result };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

export default function OpportunitiesPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("opportunities");
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("list.title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">{t("list.intro")}</p>
      {page.enterprises.length === 0 ? <NoEnterpriseYet /> : <Results />}
    </div>
  );
}

function NoEnterpriseYet() {
  const { t } = useTranslation("opportunities");
  return (
    <div className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-800">
      <p>{t("list.noEnterprise")}</p>
      <p className="mt-3">
        <Link to="/mon-entreprise/nouvelle" className="font-medium text-brand-800 underline">
          {t("list.registerEnterprise")}
        </Link>
      </p>
    </div>
  );
}

function Results() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("opportunities");
  return (
    <>
      <Form method="get" className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4">
        <fieldset>
          <legend className="font-semibold text-slate-900">{t("list.filters.legend")}</legend>
          <div className="mt-2 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
            {page.enterprises.length > 1 ? (
              <div className="sm:w-64">
                <label htmlFor="entreprise" className="block text-sm font-medium">
                  {t("list.filters.enterprise")}
                </label>
                <select
                  id="entreprise"
                  name="entreprise"
                  defaultValue={page.filters.entreprise ?? ""}
                  className={selectClass}
                >
                  <option value="">{t("list.filters.allEnterprises")}</option>
                  {page.enterprises.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="sm:w-52">
              <label htmlFor="etat" className="block text-sm font-medium">
                {t("list.filters.state")}
              </label>
              <select id="etat" name="etat" defaultValue={page.filters.etat} className={selectClass}>
                <option value="ouverts">{t("list.states.open")}</option>
                <option value="fermes">{t("list.states.closed")}</option>
                <option value="tous">{t("list.states.all")}</option>
              </select>
            </div>
            <div className="sm:w-52">
              <label htmlFor="reponse" className="block text-sm font-medium">
                {t("list.filters.answered")}
              </label>
              <select id="reponse" name="reponse" defaultValue={page.filters.reponse} className={selectClass}>
                <option value="toutes">{t("list.answeredOptions.all")}</option>
                <option value="repondu">{t("list.answeredOptions.answered")}</option>
                <option value="sans-reponse">{t("list.answeredOptions.unanswered")}</option>
              </select>
            </div>
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              {t("list.filters.apply")}
            </button>
          </div>
        </fieldset>
      </Form>

      <h2 id="results" className="mt-8 text-lg font-semibold text-slate-900" aria-live="polite">
        {t("list.count", { count: page.total })}
      </h2>
      {page.items.length === 0 ? (
        <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">
          <p>{t("list.empty")}</p>
          <p className="mt-2">
            {t("list.emptyHint")}{" "}
            <Link to="/compte/notifications" className="font-medium text-brand-800 underline">
              {t("list.preferencesLink")}
            </Link>
          </p>
        </div>
      ) : (
        <ul className="mt-4 space-y-4" aria-labelledby="results">
          {page.items.map((item) => (
            <OpportunityCard key={item.id} item={item} />
          ))}
        </ul>
      )}
      <Pagination page={page.page} pages={page.pages} />
    </>
  );
}

function OpportunityCard({ item }: { item: OpportunityListItem }) {
  const { t } = useTranslation("opportunities");
  const locale = useLocale();
  const first = item.enterprises[0];
  const href = (enterpriseId: number) => `/opportunites/${item.id}?entreprise=${enterpriseId}`;
  return (
    <li className="rounded-lg border border-slate-200 p-4 sm:p-5">
      <article aria-labelledby={`need-${item.id}`}>
        <div className="flex flex-wrap items-center gap-2">
          <WindowBadge window={item.window} />
          {item.isPublic ? (
            <span className="inline-block rounded-full bg-sky-100 px-2.5 py-0.5 text-xs font-semibold text-sky-900">
              {t("list.publicNeed")}
            </span>
          ) : null}
          <span className="text-sm text-slate-700">{t(`kinds.${item.kind as "market_sounding"}`)}</span>
        </div>
        <h3 id={`need-${item.id}`} className="mt-2 text-xl font-semibold">
          {first ? (
            <Link to={href(first.id)} className="text-brand-800 underline hover:text-brand-900">
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h3>
        <p className="mt-1 text-slate-800">
          {item.organization.name}{" "}
          <span className="text-slate-600">({t(`organizationTypes.${item.organization.type as "ministry"}`)})</span>
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {item.regions.join(", ")}
          {item.regions.length > 0 ? " · " : ""}
          <span className="font-medium">
            {item.responseDeadline
              ? t("list.deadline", { date: formatIsoDate(locale, item.responseDeadline) })
              : t("list.noDeadline")}
          </span>
        </p>
        <div className="mt-3 space-y-3">
          {item.enterprises.map((e) => (
            <div key={e.id} className="rounded-md bg-slate-50 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm font-semibold text-slate-900">
                  {e.matched
                    ? t("list.whyMatched", { enterprise: e.name })
                    : t("list.publicFor", { enterprise: e.name })}
                </p>
                <ResponseBadge response={e.response} />
              </div>
              {e.recommended ? (
                <p className="mt-1 text-sm font-medium text-brand-800">{t("list.recommended")}</p>
              ) : null}
              <ReasonList reasons={e.reasons} />
              <p className="mt-2 text-sm">
                <Link to={href(e.id)} className="font-medium text-brand-800 underline hover:text-brand-900">
                  {item.window === "open"
                    ? t("list.answerFor", { enterprise: e.name })
                    : t("list.viewFor", { enterprise: e.name })}
                </Link>
              </p>
            </div>
          ))}
        </div>
      </article>
    </li>
  );
}
