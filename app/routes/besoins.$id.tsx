import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/curation/format";
import { MatchList } from "~/components/needs/match-list";
import { NeedStatusBadge } from "~/components/needs/need-status-badge";
import { NeedSummary } from "~/components/needs/need-summary";
import { OutcomeSection } from "~/components/needs/outcome-section";
import { ResponsesSection } from "~/components/needs/responses-section";
import { RouteTable } from "~/components/needs/route-table";
import { ShortlistSection } from "~/components/needs/shortlist-section";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireManagedNeed } from "./besoins.server";
import { loadNeedDetail, needDetailAction, type NeedActionData, type NeedDetail } from "./besoins.detail.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { need, t, locale } = await requireManagedNeed(request, params);
  return loadNeedDetail(request, need, { t, locale });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, need, t } = await requireManagedNeed(request, params);
  return needDetailAction(request, { user, need, t });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

const primaryButton = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
const secondaryButton =
  "inline-block rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

export default function NeedPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as NeedActionData | undefined;
  const { t } = useTranslation("needs");
  const locale = useLocale();
  const { need } = page;
  const live = need.status === "published" || need.status === "closed";
  const sections = [
    ["besoin", t("detail.summary.heading")],
    ["voies", t("detail.routes.heading")],
    ["entreprises", t("detail.matches.heading")],
    ...(need.status === "draft" ? [] : [["reponses", t("detail.responses.heading")]]),
    ["liste-courte", t("detail.shortlist.heading")],
    ["resultat", t("detail.outcome.heading")],
  ] as const;
  const flashIsCard = page.flash === "shortlisted" || page.flash === "unshortlisted";
  // The outcome's redirect lands on its section: confirm it there, not at the top.
  const flashElsewhere = flashIsCard || page.flash === "outcome";
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm">
        <Link to="/besoins" className="text-brand-800 underline">
          <span aria-hidden="true">←&nbsp;</span>
          {t("detail.back")}
        </Link>
      </p>
      <p className="mt-3 text-sm font-semibold text-brand-700">{need.organizationName}</p>
      <h1 className="mt-1 text-3xl font-bold">{need.title}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <NeedStatusBadge status={need.status} />
        <span>{t(`kind.${need.kind}`)}</span>
        {need.publishedAt ? (
          <span>{t("detail.summary.published", { date: formatDate(locale, need.publishedAt) })}</span>
        ) : null}
        {need.closedAt ? (
          <span>{t("detail.summary.closedOn", { date: formatDate(locale, need.closedAt) })}</span>
        ) : null}
      </div>

      {page.flash && !flashElsewhere ? (
        <p
          role="status"
          className="mt-4 rounded-md border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-950"
        >
          <span aria-hidden="true">✓ </span>
          {t(`detail.flash.${page.flash}`, { count: page.matches.length })}
        </p>
      ) : null}
      {actionData?.message ? (
        <p role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          <span aria-hidden="true">⚠ </span>
          {actionData.message}
        </p>
      ) : null}

      <Actions status={need.status} id={need.id} />

      <nav aria-labelledby="on-this-page" className="mt-6 rounded-lg bg-slate-50 p-3 text-sm">
        <h2 id="on-this-page" className="font-semibold">
          {t("detail.onThisPage")}
        </h2>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand-800 underline">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="besoin" title={t("detail.summary.heading")}>
        <NeedSummary page={page} />
      </Section>

      <Section id="voies" title={t("detail.routes.heading")}>
        <RouteTable {...page.routes} />
      </Section>

      <Section
        id="entreprises"
        title={t("detail.matches.heading")}
        after={
          need.status !== "draft" && page.matches.length > 0
            ? t("detail.matches.count", { count: page.matches.length })
            : undefined
        }
      >
        {need.status === "draft" ? (
          <p className="mt-2 text-slate-800">{t("detail.matches.draft", { count: page.previewCount ?? 0 })}</p>
        ) : page.matches.length === 0 ? (
          <p className="mt-2 text-slate-800">{t("detail.matches.none")}</p>
        ) : (
          <>
            {need.matchedAt ? (
              <p className="text-sm text-slate-700">
                {t("detail.matches.computedAt", { date: formatDate(locale, need.matchedAt) })}
              </p>
            ) : null}
            <MatchList
              matches={page.matches}
              canShortlist={live}
              flash={{
                enterpriseId: page.flashEnterpriseId,
                kind: flashIsCard ? (page.flash as "shortlisted" | "unshortlisted") : null,
              }}
            />
          </>
        )}
      </Section>

      {need.status !== "draft" ? (
        <Section id="reponses" title={t("detail.responses.heading")}>
          <ResponsesSection
            responses={page.responses}
            noAnswer={page.noAnswer}
            questions={need.questions}
            canShortlist={live}
          />
        </Section>
      ) : null}

      <Section id="liste-courte" title={t("detail.shortlist.heading")}>
        {need.status === "draft" ? (
          <p className="mt-2 text-slate-700">{t("detail.shortlist.draft")}</p>
        ) : (
          <ShortlistSection needId={need.id} shortlist={page.shortlist} canEdit={live} />
        )}
      </Section>

      <Section id="resultat" title={t("detail.outcome.heading")}>
        <OutcomeSection
          status={need.status}
          purchases={page.purchases}
          choices={page.outcomeChoices}
          today={page.today}
          justRecorded={page.flash === "outcome"}
          lastResult={actionData?.intent === "outcome" ? actionData.result : undefined}
        />
      </Section>
    </div>
  );
}

function Section({ id, title, after, children }: { id: string; title: string; after?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      {after ? <p className="mt-1 text-slate-700">{after}</p> : null}
      {children}
    </section>
  );
}

/** Draft → publish; published → close; both → cancel (behind a confirmation). All POST forms. */
function Actions({ status, id }: { status: NeedDetail["need"]["status"]; id: number }) {
  const { t } = useTranslation("needs");
  if (status === "closed" || status === "cancelled") return null;
  return (
    <section aria-labelledby="actions-heading" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="actions-heading" className="sr-only">
        {t("detail.actions.heading")}
      </h2>
      <div className="flex flex-wrap items-start gap-3">
        {status === "draft" ? (
          <Form method="post">
            <input type="hidden" name="intent" value="publish" />
            <button type="submit" className={primaryButton} aria-describedby="publish-hint">
              {t("detail.actions.publish")}
            </button>
          </Form>
        ) : (
          <Form method="post">
            <input type="hidden" name="intent" value="close" />
            <button type="submit" className={primaryButton} aria-describedby="close-hint">
              {t("detail.actions.close")}
            </button>
          </Form>
        )}
        <Link to={`/besoins/${id}/modifier`} className={secondaryButton}>
          {t("detail.actions.edit")}
        </Link>
        <details className="group">
          <summary className="cursor-pointer rounded-md px-3 py-2 font-semibold text-red-800 underline">
            {t("detail.actions.cancel")}
          </summary>
          <Form method="post" className="mt-2 space-y-2 rounded-md border border-red-700 bg-red-50 p-3">
            <input type="hidden" name="intent" value="cancel" />
            <p className="text-sm text-red-950">{t("detail.actions.cancelHint")}</p>
            <button type="submit" className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
              {t("detail.actions.cancelConfirm")}
            </button>
          </Form>
        </details>
      </div>
      <p id={status === "draft" ? "publish-hint" : "close-hint"} className="mt-2 text-sm text-slate-700">
        {status === "draft" ? t("detail.actions.publishHint") : t("detail.actions.closeHint")}
      </p>
    </section>
  );
}
