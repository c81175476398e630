import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime, Notice } from "~/components/account/account-ui";
import { AnswerForms, type AnswerResult } from "~/components/opportunities/answer-forms";
import { ReasonList, ResponseBadge, WindowBadge } from "~/components/opportunities/badges";
import { ContactBlock, NeedFacts } from "~/components/opportunities/need-facts";
import { answerSchema } from "~/domain/opportunities/answer-schema";
import { answerWindow } from "~/domain/opportunities/answer-window";
import { formatIsoDate } from "~/domain/opportunities/format";
import { canSeeOpportunity } from "~/domain/opportunities/visibility";
import { getDb } from "~/lib/db.server";
import { useLocale } from "~/lib/locale";
import {
  defaultEnterpriseFor,
  getOpportunity,
  isMatched,
  memberEnterprises,
  needForAnswer,
} from "~/models/opportunities.server";
import { saveResponse } from "~/models/responses.server";
import { IdSchema, opportunityFailure, readEnterprise, requireMember } from "./opportunites.server";

const DONE = ["enregistree", "inchangee"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ctx = await requireMember(request);
  const db = getDb();
  const url = new URL(request.url);
  const id = IdSchema.safeParse(params.id);
  if (!id.success) throw data({ message: ctx.t("opportunities:errors.notFound") }, { status: 404 });
  const enterpriseId = readEnterprise(url, ctx) ?? defaultEnterpriseFor(db, ctx.user.actor, id.data);
  if (enterpriseId === undefined) throw data({ message: ctx.t("opportunities:errors.notFound") }, { status: 404 });
  let need;
  try {
    need = getOpportunity(db, ctx.user.actor, id.data, enterpriseId, { now: new Date(), ...ctx, t: ctx.tOpp });
  } catch (error) {
    opportunityFailure(error, ctx);
  }
  // The member's other enterprises that may see this need too, to switch between them.
  const others = memberEnterprises(db, ctx.user.actor).filter(
    (e) => e.id !== enterpriseId && (need.isPublic || isMatched(db, need.id, e.id)),
  );
  const done = url.searchParams.get("fait");
  return {
    title: need.title,
    need,
    others,
    done: DONE.includes(done as (typeof DONE)[number]) ? (done as (typeof DONE)[number]) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await requireMember(request);
  const db = getDb();
  const id = IdSchema.safeParse(params.id);
  const need = id.success ? needForAnswer(db, id.data) : undefined;
  if (!need) throw data({ message: ctx.t("opportunities:errors.notFound") }, { status: 404 });
  const formData = await request.formData();
  // Who answers comes first: a member of another enterprise learns nothing about this need.
  const enterpriseId = IdSchema.safeParse(formData.get("enterpriseId"));
  if (enterpriseId.success && !ctx.user.actor.enterpriseIds.has(enterpriseId.data))
    throw data({ message: ctx.t("opportunities:errors.notYourEnterprise") }, { status: 403 });
  if (
    enterpriseId.success &&
    !canSeeOpportunity(ctx.user.actor, enterpriseId.data, need, isMatched(db, need.id, enterpriseId.data))
  )
    throw data({ message: ctx.t("opportunities:errors.notFound") }, { status: 404 });

  const submission = parseWithZod(formData, { schema: answerSchema(need.questions.length) });
  const intent = formData.get("intent") === "not_interested" ? "not_interested" : "interested";
  // Past the deadline or after closure nothing changes, whatever was typed: 409 with the reason.
  const window = answerWindow(need, new Date());
  if (window !== "open")
    return data(
      {
        intent,
        result: submission.reply({ formErrors: [ctx.t(`opportunities:errors.${window}`)] }),
      } satisfies AnswerResult,
      { status: 409 },
    );
  if (submission.status !== "success")
    return data({ intent, result: submission.reply() } satisfies AnswerResult, { status: 400 });

  let outcome;
  try {
    outcome = saveResponse(db, ctx.user.actor, need.id, submission.value);
  } catch (error) {
    opportunityFailure(error, ctx);
  }
  const done = outcome === "unchanged" ? "inchangee" : "enregistree";
  return redirect(`/opportunites/${need.id}?entreprise=${submission.value.enterpriseId}&fait=${done}#reponse`);
}

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: page ? `${page.title} · Maillage` : "Maillage" },
];

export default function OpportunityPage() {
  const { need, others, done } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>() as AnswerResult | undefined;
  const { t } = useTranslation("opportunities");
  const locale = useLocale();
  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-10">
      <p>
        <Link to="/opportunites" className="text-sm font-medium text-brand-800 underline">
          ← {t("detail.back")}
        </Link>
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <WindowBadge window={need.window} />
        <ResponseBadge response={need.response?.interest ?? null} />
      </div>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">{need.title}</h1>
      <p className="mt-2 text-slate-700">{t("detail.forEnterprise", { enterprise: need.enterprise.name })}</p>
      {others.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          {t("detail.otherEnterprises")}{" "}
          {others.map((e, i) => (
            <span key={e.id}>
              {i > 0 ? ", " : ""}
              <Link to={`/opportunites/${need.id}?entreprise=${e.id}`} className="text-brand-800 underline">
                {e.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}

      <section aria-labelledby="why" className="mt-6 rounded-lg border border-brand-600 bg-brand-50 p-4">
        <h2 id="why" className="font-semibold text-brand-900">
          {t("detail.why")}
        </h2>
        {need.matched ? <ReasonList reasons={need.reasons} /> : <p className="mt-1 text-sm">{t("detail.whyPublic")}</p>}
        {need.recommendation ? (
          <p className="mt-2 text-sm font-medium text-brand-900">
            {t("detail.recommendation")}
            {need.recommendation.note ? ` ${t("detail.recommendationNote", { note: need.recommendation.note })}` : ""}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="facts" className="mt-8">
        <h2 id="facts" className="text-xl font-semibold text-slate-900">
          {t("detail.facts")}
        </h2>
        <div className="mt-3">
          <NeedFacts need={need} />
        </div>
      </section>

      <section aria-labelledby="description" className="mt-8">
        <h2 id="description" className="text-xl font-semibold text-slate-900">
          {t("detail.description")}
        </h2>
        <p className="mt-3 whitespace-pre-line text-slate-900">{need.description}</p>
      </section>

      <section aria-labelledby="questions" className="mt-8">
        <h2 id="questions" className="text-xl font-semibold text-slate-900">
          {t("detail.questions")}
        </h2>
        {need.questions.length > 0 ? (
          <ol className="mt-3 list-decimal space-y-1 pl-6">
            {need.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        ) : (
          <p className="mt-3 text-slate-700">{t("detail.noQuestions")}</p>
        )}
      </section>

      <section aria-labelledby="contact" className="mt-8">
        <h2 id="contact" className="text-xl font-semibold text-slate-900">
          {t("detail.contact")}
        </h2>
        <div className="mt-3">
          <ContactBlock contact={need.contact} />
        </div>
      </section>

      <section id="reponse" aria-labelledby="answer" className="mt-10 border-t border-slate-200 pt-8">
        <h2 id="answer" className="text-2xl font-semibold text-slate-900">
          {t("answer.title")}
        </h2>
        {done ? (
          <div className="mt-4">
            <Notice>{done === "enregistree" ? t("answer.saved") : t("answer.unchanged")}</Notice>
          </div>
        ) : null}
        {need.response ? <CurrentAnswer /> : null}
        {need.window === "open" ? (
          <>
            <p className="mt-4 text-slate-700">
              {need.responseDeadline
                ? t("answer.editableUntil", { date: formatIsoDate(locale, need.responseDeadline) })
                : t("answer.editable")}
            </p>
            <div className="mt-4">
              <AnswerForms
                questions={need.questions}
                enterpriseId={need.enterprise.id}
                response={need.response}
                lastResult={lastResult}
              />
            </div>
          </>
        ) : (
          <div className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800" role="status">
            <p>{t(`errors.${need.window}`)}</p>
          </div>
        )}
      </section>
    </div>
  );
}

/** What the enterprise sent, as the buyer reads it. */
function CurrentAnswer() {
  const { need } = useLoaderData<typeof loader>();
  const { t } = useTranslation("opportunities");
  const locale = useLocale();
  const response = need.response!;
  return (
    <div className="mt-4 rounded-md border border-slate-200 p-4">
      <p className="font-medium text-slate-900">
        {t("answer.current", {
          date: formatDateTime(locale, response.updatedAt),
          status: t(`status.${response.interest}`),
        })}
      </p>
      <dl className="mt-3 space-y-3 text-sm">
        {response.interest === "interested" ? (
          <>
            <div>
              <dt className="font-medium text-slate-700">{t("answer.yourMessage")}</dt>
              <dd className="mt-1 whitespace-pre-line text-slate-900">{response.message}</dd>
            </div>
            {response.answers.length > 0 ? (
              <div>
                <dt className="font-medium text-slate-700">{t("answer.yourAnswers")}</dt>
                <dd className="mt-1">
                  <ol className="list-decimal space-y-2 pl-6">
                    {response.answers.map((a, i) => (
                      <li key={i}>
                        <span className="text-slate-700">{need.questions[i]}</span>
                        <span className="block whitespace-pre-line text-slate-900">{a}</span>
                      </li>
                    ))}
                  </ol>
                </dd>
              </div>
            ) : null}
          </>
        ) : (
          <>
            <div>
              <dt className="font-medium text-slate-700">{t("answer.yourReason")}</dt>
              <dd className="mt-1 text-slate-900">{t(`declineReasons.${(response.reason ?? "other") as "other"}`)}</dd>
            </div>
            {response.message ? (
              <div>
                <dt className="font-medium text-slate-700">{t("answer.yourDetail")}</dt>
                <dd className="mt-1 whitespace-pre-line text-slate-900">{response.message}</dd>
              </div>
            ) : null}
          </>
        )}
      </dl>
    </div>
  );
}
