import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ROUTE_LABELS, type ContractingAnswer, type ExceptionRoute, type RouteAnswer } from "~/domain/contracting";
import { useLocale } from "~/lib/locale";
import type { Competition } from "~/models/competition.server";
import { CompetitionPanel } from "./competition-panel";
import { Amounts, Thresholds, useExceptionCaseLabel, Warnings } from "./contracting-answer";
import { usePick } from "./format";
import { InputSummary, type InputNames } from "./input-summary";
import { allReferences, LegalReferenceList, referenceTitle } from "./legal-references";
import { VerdictBadge } from "./verdict-badge";

export function JustificationNote({
  answer,
  names,
  competition,
  generatedAt,
  answerHref,
}: {
  answer: ContractingAnswer;
  names: InputNames;
  competition: Competition | null;
  generatedAt: string;
  answerHref: string;
}) {
  const { t } = useTranslation("procedure");
  const locale = useLocale();
  const pick = usePick();
  const generated = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Toronto",
  }).format(new Date(generatedAt));
  return (
    <div className="note mx-auto max-w-3xl space-y-8 px-4 py-8">
      <div className="no-print flex flex-wrap items-center gap-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("note.print")}
        </button>
        <Link to={answerHref} className="text-brand-800 underline">
          {t("note.backToAnswer")}
        </Link>
        <p className="w-full text-sm text-slate-700">{t("note.printHint")}</p>
      </div>

      <header>
        <h1 className="text-2xl font-bold">{t("note.heading")}</h1>
        <p className="mt-1 text-slate-800">{t("note.generatedAt", { date: generated })}</p>
        <p className="text-sm text-slate-700">{t(`answer.regime_${answer.regime}`)}</p>
        <p className="text-sm text-slate-700">{t("rulesVersion", { version: answer.rulesVersion })}</p>
      </header>

      <section aria-labelledby="note-inputs">
        <h2 id="note-inputs" className="text-xl font-bold">
          {t("note.inputsHeading")}
        </h2>
        <InputSummary answer={answer} names={names} />
        <Amounts answer={answer} />
      </section>

      {answer.procurementNote ? (
        <section aria-labelledby="note-not-procurement" className="rounded-lg border-2 border-amber-700 p-4">
          <h2 id="note-not-procurement" className="text-lg font-bold">
            {t("answer.notProcurementHeading")}
          </h2>
          <p className="mt-1">{pick(answer.procurementNote)}</p>
        </section>
      ) : null}

      <section aria-labelledby="note-routes">
        <h2 id="note-routes" className="text-xl font-bold">
          {t("note.routesHeading")}
        </h2>
        <div className="mt-3 space-y-4">
          {answer.routes.map((route) => (
            <NoteRoute key={route.id} route={route} title={pick(ROUTE_LABELS[route.id])} />
          ))}
          {answer.exceptionRoutes.map((route) => (
            <NoteException key={route.id} route={route} />
          ))}
        </div>
      </section>

      <Warnings warnings={answer.warnings} headingLevel={2} />
      <Thresholds thresholds={answer.thresholdsUsed} showUrls headingLevel={2} />

      <section aria-labelledby="note-references">
        <h2 id="note-references" className="text-xl font-bold">
          {t("note.referencesHeading")}
        </h2>
        <div className="mt-3">
          <LegalReferenceList references={allReferences(answer)} showUrls />
        </div>
      </section>

      {competition ? <CompetitionPanel competition={competition} headingLevel={2} /> : null}

      <section aria-labelledby="note-signature">
        <h2 id="note-signature" className="text-xl font-bold">
          {t("note.signatureHeading")}
        </h2>
        <dl className="mt-4 space-y-6">
          <BlankLine label={t("note.chosenRoute")} />
          <BlankLine label={t("note.justification")} lines={4} />
          <BlankLine label={t("note.name")} />
          <BlankLine label={t("note.signature")} />
          <BlankLine label={t("note.signedOn")} />
        </dl>
      </section>
    </div>
  );
}

function NoteRoute({ route, title }: { route: RouteAnswer; title: string }) {
  return (
    <NoteEntry
      id={route.id}
      title={title}
      route={route}
      references={route.legalReferences.map(referenceTitle).join(", ")}
    />
  );
}

function NoteException({ route }: { route: ExceptionRoute }) {
  const { t } = useTranslation("procedure");
  const caseLabel = useExceptionCaseLabel();
  return (
    <NoteEntry
      id={route.id}
      title={`${t("answer.exceptionTitle")} — ${caseLabel(route)}`}
      route={route}
      references={route.legalReferences.map(referenceTitle).join(", ")}
    />
  );
}

function NoteEntry({
  id,
  title,
  route,
  references,
}: {
  id: string;
  title: string;
  route: RouteAnswer | ExceptionRoute;
  references: string;
}) {
  const { t } = useTranslation("procedure");
  const pick = usePick();
  return (
    <article aria-labelledby={`note-${id}`} className="rounded-lg border border-slate-300 p-3" data-route={id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`note-${id}`} className="font-bold">
          {title}
        </h3>
        <VerdictBadge verdict={route.verdict} />
      </div>
      {route.conditions.length > 0 ? (
        <>
          <h4 className="mt-2 text-sm font-semibold">{t("answer.conditions")}</h4>
          <ul className="list-disc pl-5 text-sm">
            {route.conditions.map((c) => (
              <li key={c.id}>{pick(c.text)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h4 className="mt-2 text-sm font-semibold">{t("answer.reasons")}</h4>
      <ul className="list-disc pl-5 text-sm">
        {route.reasons.map((r, i) => (
          <li key={i}>{pick(r)}</li>
        ))}
      </ul>
      {references ? (
        <p className="mt-2 text-sm">
          <span className="font-semibold">{t("colon", { label: t("answer.references") })} </span>
          {references}
        </p>
      ) : null}
    </article>
  );
}

function BlankLine({ label, lines = 1 }: { label: string; lines?: number }) {
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      {Array.from({ length: lines }, (_, i) => (
        <dd key={i} className="h-8 border-b border-slate-500" />
      ))}
    </div>
  );
}
