import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { StatusBadge } from "~/components/curation/status-badge";
import { FieldError } from "~/components/forms/field-error";
import { SubmitButton } from "~/components/forms/text-field";
import { secondaryButtonClass } from "~/components/listing-form/fields";
import { STEP_SLUGS, stepFromSlug, stepHref } from "~/components/listing-form/steps";
import { LISTING_STEPS, type ListingStep } from "~/domain/listing/listing-schema";
import { getDb } from "~/lib/db.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { syncSearchSoon, workflowContext } from "~/lib/workflow-http.server";
import {
  confirmListingCurrent,
  postMemberMessage,
  submitListing,
  WorkflowError,
} from "~/models/listing-workflow.server";
import { getListingOverview, listListingMessages } from "~/models/member-dashboard.server";
import { isCuratorOf, requireListingAccess, workflowFailure } from "./mon-entreprise.server";

const MessageSchema = z.object({
  intent: z.literal("message"),
  body: z
    .string({ error: "overview.messageRequired" })
    .trim()
    .min(1, { error: "overview.messageRequired" })
    .max(2000, { error: "overview.messageTooLong" }),
});

const IntentSchema = z.enum(["submit", "confirm", "message"]);

// Notices after a redirect (?fait=…): the page says what just happened.
const NOTICES = ["submitted", "confirmed", "messageSent", "claimed", "joined"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, state } = await requireListingAccess(request, params);
  const db = getDb();
  const overview = getListingOverview(db, state.id)!;
  const url = new URL(request.url);
  const notice = NOTICES.find((n) => n === url.searchParams.get("fait")) ?? null;
  const revision = state.status === "published" ? state.pendingRevision : null;
  const unpublishedEditable = ["draft", "changes_requested", "rejected", "candidate"].includes(state.status);
  return {
    title: state.publicName,
    overview,
    revision: revision ? { status: revision.status } : null,
    messages: listListingMessages(db, state.id),
    notice,
    saved: stepFromSlug(url.searchParams.get("enregistre") ?? undefined) ?? null,
    curator: isCuratorOf(user, state),
    // What the submit section offers: a complete draft (or revision) goes to the hub.
    submittable: unpublishedEditable || Boolean(revision && revision.status !== "submitted"),
    waiting: state.status === "submitted" || revision?.status === "submitted",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, state, t } = await requireListingAccess(request, params);
  const formData = await request.formData();
  const intent = IntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw data({ message: t("register:errors.conflict") }, { status: 400 });
  const ctx = workflowContext(request, user);
  const back = (notice: (typeof NOTICES)[number], hash = "") =>
    redirect(`/mon-entreprise/${state.id}?fait=${notice}${hash}`);
  try {
    if (intent.data === "submit") {
      await submitListing(ctx, state.id);
      return back("submitted");
    }
    if (intent.data === "confirm") {
      confirmListingCurrent(ctx, state.id);
      await syncSearchSoon();
      return back("confirmed");
    }
    const submission = parseWithZod(formData, { schema: MessageSchema });
    if (submission.status !== "success")
      return data({ messageResult: submission.reply(), missing: null }, { status: 400 });
    postMemberMessage(ctx, state.id, submission.value.body);
    return back("messageSent", "#messages");
  } catch (error) {
    // Someone submitted from a stale page: say which steps still need work.
    if (error instanceof WorkflowError && error.code === "incomplete")
      return data({ messageResult: null, missing: error.detail as ListingStep[] }, { status: 400 });
    return workflowFailure(error, t);
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

function useDate() {
  const locale = useLocale();
  return (value: Date | string | null) =>
    value
      ? new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { dateStyle: "long" }).format(new Date(value))
      : "";
}

export default function ListingOverviewPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("register");
  const date = useDate();
  const { overview } = page;
  const missing = actionData?.missing?.length ? actionData.missing : overview.incomplete;
  const lastHubMessage = [...page.messages].reverse().find((m) => m.fromHub);
  const showHubMessage =
    lastHubMessage &&
    (overview.status === "changes_requested" ||
      overview.status === "rejected" ||
      page.revision?.status === "changes_requested" ||
      page.revision?.status === "rejected");

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm">
        <Link to="/mon-entreprise" className="text-brand-800 underline">
          <span aria-hidden="true">← </span>
          {t("dashboard.title")}
        </Link>
      </p>
      <p className="mt-3 text-sm font-semibold text-brand-700">{t("overview.kicker")}</p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{overview.publicName}</h1>
        <StatusBadge status={overview.status} />
      </div>
      <p className="mt-1 text-slate-700">{t("overview.region", { name: overview.regionNameFr })}</p>

      {page.notice ? (
        <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {t(`overview.notices.${page.notice}`)}
        </p>
      ) : page.saved ? (
        <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {t("form.saved", { step: t(`steps.${page.saved}.title`) })}
        </p>
      ) : null}

      {showHubMessage ? (
        <section aria-labelledby="hub-message" className="mt-6 rounded-lg border-2 border-orange-600 bg-orange-50 p-4">
          <h2 id="hub-message" className="font-bold text-orange-950">
            {t("dashboard.hubMessage", { date: date(lastHubMessage.createdAt) })}
          </h2>
          <p className="mt-2 whitespace-pre-line text-orange-950">{lastHubMessage.body}</p>
        </section>
      ) : null}

      {page.revision ? (
        <section aria-labelledby="revision" className="mt-6 rounded-lg border border-brand-700 bg-brand-50 p-4">
          <h2 id="revision" className="font-bold">
            {t(`status.revision.${page.revision.status as "draft"}`)}
          </h2>
          <p className="mt-1">{t("overview.publishedWithRevision")}</p>
        </section>
      ) : null}

      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="submit-heading" className="rounded-lg border border-slate-300 p-5">
            <h2 id="submit-heading" className="text-xl font-bold">
              {t("overview.submitHeading")}
            </h2>
            {overview.status === "archived" ? (
              <p className="mt-2">{t("overview.archived")}</p>
            ) : page.waiting ? (
              <p className="mt-2">
                {page.revision
                  ? t("overview.waitingRevision")
                  : t("overview.waiting", { date: date(overview.submittedAt) })}
              </p>
            ) : !page.submittable ? (
              <p className="mt-2">{t("overview.nothingToSubmit")}</p>
            ) : missing.length > 0 ? (
              <div className="mt-2" role={actionData?.missing ? "alert" : undefined}>
                <p>{t("overview.incompleteIntro")}</p>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {missing.map((step) => (
                    <li key={step}>
                      <Link to={stepHref(overview.id, step)} className="text-brand-800 underline">
                        {t(`steps.${step}.title`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <Form method="post" className="mt-2 space-y-3">
                <p>
                  {page.revision
                    ? t("overview.submitRevisionIntro")
                    : t("overview.submitIntro", { region: overview.regionNameFr })}
                </p>
                <SubmitButton name="intent" value="submit">
                  {t("overview.submit")}
                </SubmitButton>
              </Form>
            )}
          </section>

          <section aria-labelledby="steps-heading">
            <h2 id="steps-heading" className="text-xl font-bold">
              {t("overview.stepsHeading")}
            </h2>
            <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
              {LISTING_STEPS.map((step, index) => {
                const done = !overview.incomplete.includes(step);
                return (
                  <li key={step} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                    <span>
                      <span className="font-medium">
                        {index + 1}. {t(`steps.${step}.title`)}
                      </span>{" "}
                      <span className={`text-sm font-semibold ${done ? "text-green-800" : "text-orange-800"}`}>
                        — {done ? t("overview.stepComplete") : t("overview.stepIncomplete")}
                      </span>
                    </span>
                    {overview.status !== "archived" ? (
                      <Link
                        to={`/mon-entreprise/${overview.id}/${STEP_SLUGS[step]}`}
                        className="text-brand-800 underline"
                      >
                        {t("overview.editShort")}
                        <span className="sr-only"> « {t(`steps.${step}.title`)} »</span>
                      </Link>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>

          <MessagesSection />
        </div>

        <aside className="space-y-6">
          {overview.status === "published" ? (
            <section aria-labelledby="confirm-heading" className="rounded-lg border border-slate-300 p-4">
              <h2 id="confirm-heading" className="font-bold">
                {t("overview.confirmHeading")}
              </h2>
              <p className="mt-1 text-sm">{t("overview.confirmIntro")}</p>
              <p className="mt-2 text-sm text-slate-700">
                {overview.lastConfirmedAt
                  ? t("overview.lastConfirmed", { date: date(overview.lastConfirmedAt) })
                  : t("overview.neverConfirmed")}
              </p>
              <Form method="post" className="mt-3">
                <button type="submit" name="intent" value="confirm" className={secondaryButtonClass}>
                  {t("overview.confirm")}
                </button>
              </Form>
            </section>
          ) : null}
          <nav aria-label={overview.publicName} className="rounded-lg border border-slate-300 p-4">
            <ul className="space-y-2">
              {overview.status === "published" ? (
                <li>
                  <Link to={`/entreprises/${overview.slug}`} className="text-brand-800 underline">
                    {t("overview.publicLink")}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to={`/mon-entreprise/${overview.id}/membres`} className="text-brand-800 underline">
                  {t("overview.membersLink")}
                </Link>
              </li>
              <li>
                <Link to={`/fiches/${overview.id}/historique`} className="text-brand-800 underline">
                  {t("overview.historyLink")}
                </Link>
              </li>
            </ul>
          </nav>
          {page.curator ? <p className="text-sm text-slate-700">{t("form.curatorNotice")}</p> : null}
        </aside>
      </div>
    </div>
  );
}

function MessagesSection() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("register");
  const date = useDate();
  const [form, fields] = useForm({
    id: "listing-message",
    lastResult: actionData?.messageResult ?? null,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MessageSchema }),
  });
  const invalid = Boolean(fields.body.errors?.length);
  return (
    <section id="messages" aria-labelledby="messages-heading">
      <h2 id="messages-heading" className="text-xl font-bold">
        {t("overview.messagesHeading")}
      </h2>
      {page.messages.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("overview.noMessages")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {page.messages.map((m) => (
            <li
              key={m.id}
              className={`rounded-lg border p-3 ${m.fromHub ? "border-orange-300 bg-orange-50" : "border-slate-200 bg-white"}`}
            >
              <p className="text-sm font-semibold">
                {m.fromHub ? t("overview.fromHub") : t("overview.fromMember", { name: m.authorName ?? "—" })}
                <span className="font-normal text-slate-700"> · {date(m.createdAt)}</span>
              </p>
              <p className="mt-1 whitespace-pre-line">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <Form method="post" {...getFormProps(form)} className="mt-4 space-y-3">
        <input type="hidden" name="intent" value="message" />
        <div>
          <label htmlFor={fields.body.id} className="block font-medium">
            {t("overview.replyLabel")}
          </label>
          <p id={`${fields.body.id}-hint`} className="text-sm text-slate-600">
            {t("overview.replyHint")}
          </p>
          <textarea
            {...getTextareaProps(fields.body, { ariaDescribedBy: `${fields.body.id}-hint` })}
            key={fields.body.key}
            rows={3}
            className={`mt-1 block w-full rounded-md border px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"}`}
          />
          <FieldError id={fields.body.errorId} errors={fields.body.errors} namespace="register" />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          {t("overview.send")}
        </button>
      </Form>
    </section>
  );
}
