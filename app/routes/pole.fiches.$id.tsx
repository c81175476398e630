import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChangeList } from "~/components/curation/change-list";
import { FieldValue, useFieldLabel } from "~/components/curation/field-value";
import { formatDate, formatDateTime } from "~/components/curation/format";
import { HubNav } from "~/components/curation/hub-nav";
import { ConflictBanner, DoneBanner, ReviewActionForm } from "~/components/curation/review-forms";
import { REVIEW_INTENTS, ReviewActionSchema } from "~/components/curation/review-schema";
import { StatusBadge } from "~/components/curation/status-badge";
import { FIELD_STEPS } from "~/domain/curation/field-display";
import { requireModeratedListing } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { syncSearchSoon, workflowContext, workflowErrorResponse } from "~/lib/workflow-http.server";
import { availableActions, getListingReview } from "~/models/listing-review.server";
import { decideListing, setArchived, verifyListing, WorkflowError } from "~/models/listing-workflow.server";

const DONE = [...REVIEW_INTENTS, "approve_revision", "edit"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, state } = await requireModeratedListing(request, params.id);
  const review = getListingReview(getDb(), state.id)!;
  const done = new URL(request.url).searchParams.get("fait");
  return {
    title: review.publicName,
    review,
    actions: availableActions(review),
    done: DONE.includes(done as (typeof DONE)[number]) ? done : null,
    conflictMessage: t("curation:errors.conflict"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, t, state } = await requireModeratedListing(request, params.id);
  const submission = parseWithZod(await request.formData(), { schema: ReviewActionSchema });
  if (submission.status !== "success") {
    const intent = submission.payload.intent;
    return data(
      { intent: typeof intent === "string" ? intent : null, result: submission.reply(), conflict: null },
      {
        status: 400,
      },
    );
  }
  const input = submission.value;
  const db = getDb();
  const allowed = availableActions(getListingReview(db, state.id)!);
  const conflict = () =>
    data({ intent: input.intent, result: null, conflict: t("curation:errors.cannotDecide") }, { status: 409 });
  const ctx = workflowContext(request, user);
  let done: string = input.intent;
  try {
    switch (input.intent) {
      case "approve":
        if (!allowed.decide) return conflict();
        if (allowed.decidesRevision) done = "approve_revision";
        await decideListing(ctx, state.id, { kind: "approve" });
        break;
      case "request_changes":
        if (!allowed.decide) return conflict();
        await decideListing(ctx, state.id, { kind: "request_changes", message: input.message });
        break;
      case "reject":
        if (!allowed.decide) return conflict();
        await decideListing(ctx, state.id, { kind: "reject", reason: input.reason });
        break;
      case "verify":
        if (!allowed.verify) return conflict();
        verifyListing(ctx, state.id);
        break;
      case "archive":
        if (!allowed.archive) return conflict();
        setArchived(ctx, state.id, true, input.reason);
        break;
      case "restore":
        if (!allowed.restore) return conflict();
        setArchived(ctx, state.id, false, input.reason || undefined);
        break;
    }
  } catch (error) {
    if (error instanceof WorkflowError && error.code === "invalid_state") return conflict();
    workflowErrorResponse(error, {
      forbidden: t("curation:errors.forbiddenListing"),
      notFound: t("curation:errors.listingNotFound"),
      conflict: t("curation:errors.conflict"),
    });
  }
  await syncSearchSoon();
  return redirect(`/pole/fiches/${state.id}?fait=${done}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ListingReviewPage() {
  const { review, actions, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("curation");
  const locale = useLocale();
  const label = useFieldLabel();
  const resultFor = (intent: string) => (actionData?.intent === intent ? actionData.result : null);
  const fieldsByName = new Map(review.fields.map((f) => [f.field, f.value]));
  const region = localized(locale, review.region.fr, review.region.en);
  const dates: [string, string | null][] = [
    ...(review.revision?.submittedAt
      ? [[t("review.revisionSubmittedAt"), review.revision.submittedAt] as [string, string]]
      : []),
    [t("review.submittedAt"), review.dates.submittedAt],
    [t("review.publishedAt"), review.dates.publishedAt],
    [t("review.lastVerified"), review.dates.lastVerifiedAt],
    [t("review.lastConfirmed"), review.dates.lastConfirmedAt],
    ...(review.dates.archivedAt ? [[t("review.archivedAt"), review.dates.archivedAt] as [string, string]] : []),
  ];

  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p>
          <Link to="/pole/moderation" className="text-sm text-brand-800 underline">
            {t("review.back")}
          </Link>
        </p>
        <p className="mt-4 text-sm font-semibold text-brand-700">
          {t("review.kicker", { id: review.id, region: `${review.regionCode} – ${region}` })}
        </p>
        <h1 className="mt-1 break-words text-3xl font-bold">{review.publicName}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-slate-700">
          <StatusBadge status={review.status} />
          <span>
            {review.municipality}
            {review.mrc ? ` · ${review.mrc}` : null}
          </span>
        </p>
        <DoneBanner message={done ? (t as unknown as (k: string) => string)(`review.done.${done}`) : null} />
        <ConflictBanner message={actionData?.conflict} />

        <div className="mt-8 grid gap-10 lg:grid-cols-3">
          <div className="space-y-10 lg:col-span-2">
            {actions.decide ? (
              <section
                aria-labelledby="decision"
                className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 sm:p-6"
              >
                <h2 id="decision" className="text-xl font-bold">
                  {t("review.decisionHeading")}
                </h2>
                <p className="mt-2 text-slate-800">
                  {actions.decidesRevision ? t("review.decisionIntroRevision") : t("review.decisionIntroNew")}
                </p>
                <div className="mt-4 space-y-6">
                  <ReviewActionForm
                    intent="approve"
                    lastResult={resultFor("approve")}
                    submitLabel={actions.decidesRevision ? t("review.approveRevision") : t("review.approve")}
                  />
                  <ReviewActionForm
                    intent="request_changes"
                    lastResult={resultFor("request_changes")}
                    submitLabel={t("review.requestChanges")}
                    tone="secondary"
                    text={{ name: "message", label: t("review.message"), required: true }}
                    hint={t("review.requestChangesHint")}
                  />
                  <ReviewActionForm
                    intent="reject"
                    lastResult={resultFor("reject")}
                    submitLabel={t("review.reject")}
                    tone="danger"
                    text={{ name: "reason", label: t("review.reason"), required: true }}
                    hint={t("review.rejectHint")}
                  />
                </div>
              </section>
            ) : null}

            {review.revision ? (
              <section aria-labelledby="diff">
                <h2 id="diff" className="text-xl font-bold">
                  {t("review.diffHeading")}
                </h2>
                {review.revision.status !== "submitted" ? (
                  <p className="mt-2 rounded-md bg-slate-100 p-3 text-slate-800">
                    {t("review.revisionNotSubmitted", {
                      status: t(`queue.revisionStatus.${review.revision.status}` as "queue.revisionStatus.draft"),
                    })}
                  </p>
                ) : null}
                <p className="mt-2 text-sm text-slate-700">{t("review.diffIntro")}</p>
                {review.revision.diff.length === 0 ? (
                  <p className="mt-3">{t("review.diffNone")}</p>
                ) : (
                  <ChangeList
                    changes={review.revision.diff}
                    beforeLabel={t("review.diffPublished")}
                    afterLabel={t("review.diffProposed")}
                  />
                )}
              </section>
            ) : null}

            <section aria-labelledby="listing">
              <h2 id="listing" className="text-xl font-bold">
                {review.revision ? t("review.listingHeadingPublished") : t("review.listingHeading")}
              </h2>
              {(Object.keys(FIELD_STEPS) as (keyof typeof FIELD_STEPS)[]).map((step) => (
                <div key={step} className="mt-4">
                  <h3 className="font-semibold text-brand-900">{t(`fieldsHeading.${step}`)}</h3>
                  <dl className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
                    {FIELD_STEPS[step]
                      .filter((f) => fieldsByName.has(f))
                      .map((f) => (
                        <div key={f} className="grid gap-1 px-3 py-2 sm:grid-cols-3 sm:gap-4">
                          <dt className="text-sm font-medium text-slate-700">{label(f)}</dt>
                          <dd className="min-w-0 sm:col-span-2">
                            <FieldValue value={fieldsByName.get(f)!} />
                          </dd>
                        </div>
                      ))}
                  </dl>
                </div>
              ))}
            </section>
          </div>

          <aside className="space-y-8">
            <section aria-labelledby="facts">
              <h2 id="facts" className="text-lg font-bold">
                {t("review.facts")}
              </h2>
              <dl className="mt-2 space-y-2 text-sm">
                {dates.map(([name, value]) => (
                  <div key={name}>
                    <dt className="font-medium text-slate-700">{name}</dt>
                    <dd>{value ? formatDate(locale, value) : t("review.never")}</dd>
                  </div>
                ))}
              </dl>
              <ul className="mt-4 space-y-2 text-sm">
                <li>
                  <Link to={`/fiches/${review.id}/historique`} className="text-brand-800 underline">
                    {t("review.history")}
                  </Link>
                </li>
                {actions.edit ? (
                  <li>
                    <Link to={`/pole/fiches/${review.id}/modifier/identite`} className="text-brand-800 underline">
                      {t("review.edit")}
                    </Link>
                  </li>
                ) : null}
                {review.status === "published" ? (
                  <li>
                    <Link to={`/entreprises/${review.slug}`} className="text-brand-800 underline">
                      {t("review.publicProfile")}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </section>

            {actions.verify || actions.archive || actions.restore ? (
              <section aria-labelledby="tools" className="space-y-5">
                <h2 id="tools" className="text-lg font-bold">
                  {t("review.toolsHeading")}
                </h2>
                {actions.verify ? (
                  <ReviewActionForm
                    intent="verify"
                    lastResult={resultFor("verify")}
                    submitLabel={t("review.verify")}
                    tone="secondary"
                    hint={t("review.verifyHint")}
                  />
                ) : null}
                {actions.archive ? (
                  <ReviewActionForm
                    intent="archive"
                    lastResult={resultFor("archive")}
                    submitLabel={t("review.archive")}
                    tone="secondary"
                    text={{ name: "reason", label: t("review.archiveReason"), required: true }}
                    hint={t("review.archiveHint")}
                  />
                ) : null}
                {actions.restore ? (
                  <ReviewActionForm
                    intent="restore"
                    lastResult={resultFor("restore")}
                    submitLabel={t("review.restore")}
                    text={{ name: "reason", label: t("review.restoreReason"), required: false }}
                  />
                ) : null}
              </section>
            ) : null}

            <section aria-labelledby="members">
              <h2 id="members" className="text-lg font-bold">
                {t("review.membersHeading")}
              </h2>
              {review.members.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">{t("review.noMembers")}</p>
              ) : (
                <ul className="mt-2 space-y-1 text-sm">
                  {review.members.map((m) => (
                    <li key={m.id} className="break-words">
                      {m.name} —{" "}
                      <a href={`mailto:${m.email}`} className="text-brand-800 underline">
                        {m.email}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {review.pendingClaims > 0 ? (
                <p className="mt-3 text-sm">
                  <Link to={`/pole/reclamations?region=${review.regionCode}`} className="text-brand-800 underline">
                    {t("review.claimsLink")} ({review.pendingClaims})
                  </Link>
                </p>
              ) : null}
            </section>

            {review.messages.length > 0 ? (
              <section aria-labelledby="messages">
                <h2 id="messages" className="text-lg font-bold">
                  {t("review.messagesHeading")}
                </h2>
                <ol className="mt-2 space-y-3 text-sm">
                  {review.messages.map((m) => (
                    <li key={m.id} className="rounded-md border border-slate-200 p-3">
                      <p className="font-medium">
                        {m.fromHub ? t("review.fromHub") : t("review.fromMember")}
                        {m.author ? ` · ${m.author}` : null}
                      </p>
                      <p className="text-xs text-slate-700">{formatDateTime(locale, m.createdAt)}</p>
                      <p className="mt-1 whitespace-pre-line break-words">{m.body}</p>
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
          </aside>
        </div>
      </div>
    </>
  );
}
