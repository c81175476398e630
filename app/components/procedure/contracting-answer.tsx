import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  ROUTE_LABELS,
  SECTION_13_CASE_LABELS,
  type AnswerWarning,
  type Condition,
  type ContractingAnswer,
  type ExceptionRoute,
  type RouteAnswer,
  type Section13Case,
  type ThresholdUsed,
} from "~/domain/contracting";
import { useLocale } from "~/lib/locale";
import type { Competition } from "~/models/competition.server";
import { CompetitionPanel } from "./competition-panel";
import { formatInForce, formatMoney, formatPercent, usePick } from "./format";
import { InputSummary, type InputNames } from "./input-summary";
import { LegalReferenceList } from "./legal-references";
import { VerdictBadge } from "./verdict-badge";

/** The condition a count of eligible suppliers helps to check. */
const COMPETITION_CONDITION = "enough_eligible_suppliers";

export function ContractingAnswerView({
  answer,
  names,
  competition,
  noteHref,
}: {
  answer: ContractingAnswer;
  names: InputNames;
  competition: Competition | null;
  noteHref: string;
}) {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  return (
    <section id="reponse" aria-labelledby="reponse-heading" className="space-y-8">
      <div className="rounded-xl border-2 border-brand-700 bg-brand-50 p-4 sm:p-6">
        <h2 id="reponse-heading" tabIndex={-1} className="text-2xl font-bold text-brand-900">
          {t("answer.heading")}
        </h2>
        <p className="mt-1 text-slate-800">{t(`answer.regime_${answer.regime}`)}</p>
        <p className="text-sm text-slate-700">{t("rulesVersion", { version: answer.rulesVersion })}</p>
        <h3 className="mt-4 font-semibold">{t("answer.atAGlance")}</h3>
        <ul className="mt-2 space-y-2" data-testid="verdicts">
          {answer.routes.map((route) => (
            <GlanceItem key={route.id} href={`#route-${route.id}`} label={pick(ROUTE_LABELS[route.id])}>
              <VerdictBadge verdict={route.verdict} />
            </GlanceItem>
          ))}
          {answer.exceptionRoutes.map((route) => (
            <GlanceItem key={route.id} href="#exception-heading" label={t("answer.exceptionTitle")}>
              <VerdictBadge verdict={route.verdict} />
            </GlanceItem>
          ))}
        </ul>
        <p className="mt-4">
          <Link
            to={noteHref}
            className="inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("answer.printNote")}
          </Link>
          <span className="mt-1 block text-sm text-slate-700">{t("answer.printNoteHint")}</span>
        </p>
        <h3 className="mt-6 font-semibold">{t("answer.inputsHeading")}</h3>
        <InputSummary answer={answer} names={names} />
        <Amounts answer={answer} />
      </div>

      {answer.procurementNote ? (
        <div className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
          <h3 className="text-lg font-bold">{t("answer.notProcurementHeading")}</h3>
          <p className="mt-1">{pick(answer.procurementNote)}</p>
        </div>
      ) : null}

      <Warnings warnings={answer.warnings} />

      <section aria-labelledby="routes-heading">
        <h3 id="routes-heading" className="text-xl font-bold">
          {t("answer.routesHeading")}
        </h3>
        <ol className="mt-3 space-y-4">
          {answer.routes.map((route) => (
            <li key={route.id}>
              <RouteCard route={route} />
            </li>
          ))}
        </ol>
      </section>

      {answer.exceptionRoutes.length > 0 ? (
        <section aria-labelledby="exceptions-heading">
          <h3 id="exceptions-heading" className="text-xl font-bold">
            {t("answer.exceptionsHeading")}
          </h3>
          <ul className="mt-3 space-y-4">
            {answer.exceptionRoutes.map((route) => (
              <li key={route.id}>
                <ExceptionCard route={route} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CompetitionPanel competition={competition} />

      <Thresholds thresholds={answer.thresholdsUsed} />
    </section>
  );
}

function GlanceItem({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 border-b border-brand-100 pb-2">
      <a href={href} className="font-medium text-brand-900 underline">
        {label}
      </a>
      {children}
    </li>
  );
}

export function Amounts({ answer }: { answer: ContractingAnswer }) {
  const { t } = useTranslation("procedure");
  const locale = useLocale();
  const pick = usePick();
  const { amounts } = answer;
  const netTaxes = amounts.basis === "net_taxes_included";
  return (
    <div className="mt-4">
      <h3 className="font-semibold">{t("answer.amountsHeading")}</h3>
      <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-700">{t("answer.preTax")}</dt>
        <dd className="font-semibold">{formatMoney(locale, amounts.preTaxCad)}</dd>
        <dt className="text-slate-700">{netTaxes ? t("answer.comparedNetTaxes") : t("answer.comparedPreTax")}</dt>
        <dd className="font-semibold" data-testid="compared-amount">
          {formatMoney(locale, amounts.comparedCad)}
        </dd>
      </dl>
      {amounts.netTaxRate !== null ? (
        <p className="mt-1 text-sm text-slate-700">
          {t("answer.netTaxRate", { rate: formatPercent(locale, amounts.netTaxRate) })}
        </p>
      ) : null}
      <p className="mt-1 text-sm text-slate-700">{pick(amounts.explanation)}</p>
      {amounts.sources.length > 0 ? (
        <p className="mt-1 text-sm">
          <span className="text-slate-700">{t("colon", { label: t("answer.sources") })} </span>
          {amounts.sources.map((s, i) => (
            <span key={s.url}>
              {i > 0 ? " · " : null}
              <a href={s.url} className="text-brand-800 underline">
                {pick(s.label)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function ConditionList({ conditions }: { conditions: Condition[] }) {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  if (conditions.length === 0) return null;
  return (
    <>
      <h5 className="mt-3 font-semibold">{t("answer.conditions")}</h5>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {conditions.map((c) => (
          <li key={c.id} data-condition={c.id}>
            {pick(c.text)}
            {c.id.includes(COMPETITION_CONDITION) ? (
              <>
                {" "}
                <a href="#concurrence" className="no-print text-brand-800 underline">
                  {t("answer.competitionLink")}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function RouteCard({ route }: { route: RouteAnswer }) {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  const headingId = `route-${route.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-300 p-4" data-route={route.id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id={headingId} className="text-lg font-bold">
          {pick(ROUTE_LABELS[route.id])}
        </h4>
        <VerdictBadge verdict={route.verdict} />
      </div>
      <ConditionList conditions={route.conditions} />
      <h5 className="mt-3 font-semibold">{t("answer.reasons")}</h5>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {route.reasons.map((r, i) => (
          <li key={i}>{pick(r)}</li>
        ))}
      </ul>
      {route.legalReferences.length > 0 ? (
        <>
          <h5 className="mt-3 font-semibold">{t("answer.references")}</h5>
          <div className="mt-1">
            <LegalReferenceList references={route.legalReferences} />
          </div>
        </>
      ) : null}
    </article>
  );
}

/** "Urgence … (art. 13, 1°)", or "case not specified" when the buyer only said "yes". */
export function useExceptionCaseLabel() {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  return (route: ExceptionRoute) =>
    route.case in SECTION_13_CASE_LABELS
      ? pick(SECTION_13_CASE_LABELS[route.case as Section13Case])
      : t("answer.exceptionCaseUnspecified");
}

function ExceptionCard({ route }: { route: ExceptionRoute }) {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  const caseLabel = useExceptionCaseLabel();
  return (
    <article aria-labelledby="exception-heading" className="rounded-lg border-2 border-dashed border-amber-700 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id="exception-heading" className="text-lg font-bold">
          {t("answer.exceptionTitle")}
        </h4>
        <VerdictBadge verdict={route.verdict} />
      </div>
      <p className="mt-1 text-slate-800">{t("answer.exceptionCase", { case: caseLabel(route) })}</p>
      <ConditionList conditions={route.conditions} />
      <h5 className="mt-3 font-semibold">{t("answer.reasons")}</h5>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {route.reasons.map((r, i) => (
          <li key={i}>{pick(r)}</li>
        ))}
      </ul>
      <h5 className="mt-3 font-semibold">{t("answer.references")}</h5>
      <div className="mt-1">
        <LegalReferenceList references={route.legalReferences} />
      </div>
    </article>
  );
}

export function Warnings({ warnings, headingLevel = 3 }: { warnings: AnswerWarning[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  if (warnings.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="warnings-heading" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
      <Heading id="warnings-heading" className="flex items-center gap-2 text-xl font-bold text-amber-950">
        <span aria-hidden="true">⚠</span>
        {t("answer.warningsHeading")}
      </Heading>
      <ul className="mt-3 space-y-3">
        {warnings.map((w) => (
          <li key={w.id} data-warning={w.id}>
            <span className="mr-2 inline-block rounded border border-amber-800 bg-white px-1.5 text-xs font-bold uppercase tracking-wide text-amber-950">
              {t(`answer.warningKind.${w.kind}`)}
            </span>
            {pick(w.text)}
            {w.researchItem ? (
              <span className="block text-xs text-slate-700">{t("answer.researchItem", { item: w.researchItem })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Thresholds({
  thresholds,
  showUrls = false,
  headingLevel = 3,
}: {
  thresholds: ThresholdUsed[];
  showUrls?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("procedure");
  const locale = useLocale();
  const pick = usePick();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="thresholds-heading">
      <Heading id="thresholds-heading" className="text-xl font-bold">
        {t("answer.thresholdsHeading")}
      </Heading>
      {thresholds.length === 0 ? <p className="mt-2 text-slate-700">{t("answer.noThresholds")}</p> : null}
      <ul className="mt-3 space-y-3">
        {thresholds.map((th) => (
          <li key={th.id} className="rounded-lg border border-slate-300 p-4" data-threshold={th.id}>
            <p className="font-semibold">{pick(th.label)}</p>
            <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-700">{t("answer.thresholdAmount")}</dt>
              <dd className="font-semibold">{formatMoney(locale, th.amountCad)}</dd>
              <dt className="text-slate-700">{t("answer.thresholdInForce")}</dt>
              <dd>{formatInForce(locale, th.effectiveFrom, th.effectiveTo)}</dd>
              <dt className="text-slate-700">{t("answer.thresholdConfidence")}</dt>
              <dd>
                {t(`answer.confidence.${th.confidence}`)}
                {th.confidenceNote ? <span className="block text-slate-700">{pick(th.confidenceNote)}</span> : null}
              </dd>
              <dt className="text-slate-700">{t("answer.source")}</dt>
              <dd className="break-all">
                <a href={th.sourceUrl} className="text-brand-800 underline">
                  {th.sourceUrl}
                </a>
              </dd>
            </dl>
            <div className="mt-2">
              <LegalReferenceList references={th.legalReferences} showUrls={showUrls} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
