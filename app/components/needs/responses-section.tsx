import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/curation/format";
import { useLocale } from "~/lib/locale";
import type { ResponseView } from "~/models/need-views.server";
import { ShortlistButton } from "./shortlist-button";

type NoAnswer = { enterpriseId: number; name: string; slug: string; shortlisted: boolean };

/** The answers grouped by status: interested (message, answers to each question), not interested (reason), none yet. */
export function ResponsesSection({
  responses,
  noAnswer,
  questions,
  canShortlist,
}: {
  responses: ResponseView[];
  noAnswer: NoAnswer[];
  questions: string[];
  canShortlist: boolean;
}) {
  const { t } = useTranslation("needs");
  const interested = responses.filter((r) => r.interest === "interested");
  const notInterested = responses.filter((r) => r.interest === "not_interested");
  if (responses.length === 0) {
    return (
      <p className="mt-3 text-slate-800">
        {t("detail.responses.noneYet")}{" "}
        {noAnswer.length > 0 ? t("detail.responses.waiting", { count: noAnswer.length }) : null}
      </p>
    );
  }
  return (
    <div className="mt-4 space-y-8">
      <section aria-labelledby="answers-interested">
        <h3 id="answers-interested" className="text-lg font-semibold">
          {t("detail.responses.interested", { count: interested.length })}
        </h3>
        {interested.length === 0 ? <p className="mt-1 text-slate-700">{t("detail.responses.noneInGroup")}</p> : null}
        <ul className="mt-2 space-y-3">
          {interested.map((r) => (
            <li key={r.enterpriseId}>
              <Answer response={r} questions={questions} canShortlist={canShortlist} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="answers-not-interested">
        <h3 id="answers-not-interested" className="text-lg font-semibold">
          {t("detail.responses.notInterested", { count: notInterested.length })}
        </h3>
        {notInterested.length === 0 ? <p className="mt-1 text-slate-700">{t("detail.responses.noneInGroup")}</p> : null}
        <ul className="mt-2 space-y-3">
          {notInterested.map((r) => (
            <li key={r.enterpriseId}>
              <Answer response={r} questions={questions} canShortlist={false} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="answers-none">
        <h3 id="answers-none" className="text-lg font-semibold">
          {t("detail.responses.noAnswer", { count: noAnswer.length })}
        </h3>
        {noAnswer.length === 0 ? (
          <p className="mt-1 text-slate-700">{t("detail.responses.allAnswered")}</p>
        ) : (
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-800 underline">
              {t("detail.responses.showWaiting", { count: noAnswer.length })}
            </summary>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {noAnswer.map((e) => (
                <li key={e.enterpriseId}>
                  <a href={`#entreprise-${e.enterpriseId}`} className="text-brand-800 underline">
                    {e.name}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </div>
  );
}

function Answer({
  response: r,
  questions,
  canShortlist,
}: {
  response: ResponseView;
  questions: string[];
  canShortlist: boolean;
}) {
  const { t } = useTranslation("needs");
  const locale = useLocale();
  return (
    <article className="rounded-lg border border-slate-300 bg-white p-4" data-response={r.enterpriseId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 className="font-semibold">
          <Link to={`/entreprises/${r.slug}`} className="text-brand-800 underline">
            {r.name}
          </Link>
        </h4>
        <p className="text-sm text-slate-600">
          {t("detail.responses.answeredOn", { date: formatDate(locale, r.updatedAt) })}
        </p>
      </div>
      {!r.matched ? <p className="text-sm text-slate-700">{t("detail.responses.notMatched")}</p> : null}
      {r.interest === "interested" ? (
        <>
          <h5 className="mt-2 text-sm font-semibold">{t("detail.responses.message")}</h5>
          <p className="mt-1 whitespace-pre-line">{r.message || t("detail.responses.noMessage")}</p>
          {questions.length > 0 ? (
            <>
              <h5 className="mt-3 text-sm font-semibold">{t("detail.responses.answers")}</h5>
              <dl className="mt-1 space-y-2 text-sm">
                {questions.map((q, i) => (
                  <div key={i}>
                    <dt className="font-medium text-slate-800">{q}</dt>
                    <dd className="whitespace-pre-line">
                      {r.answers[i] || (
                        <span className="text-slate-600">{t("detail.responses.noAnswerToQuestion")}</span>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          {canShortlist ? (
            <div className="mt-3">
              <ShortlistButton enterpriseId={r.enterpriseId} name={r.name} shortlisted={r.shortlisted} />
            </div>
          ) : null}
        </>
      ) : (
        <>
          <h5 className="mt-2 text-sm font-semibold">{t("detail.responses.reason")}</h5>
          <p className="mt-1 whitespace-pre-line">{r.reason || t("detail.responses.noReason")}</p>
        </>
      )}
    </article>
  );
}
