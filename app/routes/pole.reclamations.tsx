import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDate } from "~/components/curation/format";
import { HubNav } from "~/components/curation/hub-nav";
import { DoneBanner } from "~/components/curation/review-forms";
import { StatusBadge } from "~/components/curation/status-badge";
import { TextAreaField } from "~/components/forms/text-field";
import { Pagination } from "~/components/pagination";
import { canCurateRegion } from "~/domain/authz";
import { requireCurator } from "~/lib/curation-auth.server";
import { getDb } from "~/lib/db.server";
import { readPage } from "~/lib/http.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { workflowContext } from "~/lib/workflow-http.server";
import { approveClaim, ClaimError, rejectClaim } from "~/models/claims.server";
import { claimRegion, listClaimsQueue, type PendingClaim } from "~/models/moderation.server";

const PER_PAGE = 25;
const claimId = z.coerce.number({ error: "errors.claimNotFound" }).int().positive();

// Messages are keys of the `curation` namespace.
const ClaimActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("approve"), claimId }),
    z.object({
      intent: z.literal("reject"),
      claimId,
      reason: z
        .string({ error: "errors.reasonRequired" })
        .trim()
        .min(1, { error: "errors.reasonRequired" })
        .max(2000, { error: "errors.textTooLong" }),
    }),
  ],
  { error: "errors.badIntent" },
);

const DONE = ["claim_approve", "claim_reject"] as const;

/** The region filter must be one of the curator's: another hub's claims are never listed. */
function readRegion(url: URL, regionCodes: string[], message: (region: string) => string) {
  const region = url.searchParams.get("region") || undefined;
  if (region && !regionCodes.includes(region)) throw data({ message: message(region) }, { status: 403 });
  return region;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { t, regionCodes } = await requireCurator(request);
  const url = new URL(request.url);
  const region = readRegion(url, regionCodes, (r) => t("curation:errors.forbiddenRegion", { region: r }));
  const page = readPage(url);
  const claims = listClaimsQueue(getDb(), region ? [region] : regionCodes, { page, perPage: PER_PAGE });
  const done = url.searchParams.get("fait");
  return {
    title: t("curation:claims.title"),
    ...claims,
    page,
    done: DONE.includes(done as (typeof DONE)[number]) ? done : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, t, regionCodes } = await requireCurator(request);
  const url = new URL(request.url);
  readRegion(url, regionCodes, (r) => t("curation:errors.forbiddenRegion", { region: r }));
  const submission = parseWithZod(await request.formData(), { schema: ClaimActionSchema });
  if (submission.status !== "success") {
    const id = Number(submission.payload.claimId);
    return data(
      { claimId: Number.isFinite(id) ? id : null, result: submission.reply(), conflict: null },
      { status: 400 },
    );
  }
  const input = submission.value;
  const db = getDb();
  const claim = claimRegion(db, input.claimId);
  if (!claim) throw data({ message: t("curation:errors.claimNotFound") }, { status: 404 });
  if (!canCurateRegion(user.actor, claim.regionCode))
    throw data({ message: t("curation:errors.forbiddenListing") }, { status: 403 });
  try {
    const ctx = workflowContext(request, user);
    if (input.intent === "approve") await approveClaim(ctx, input.claimId);
    else await rejectClaim(ctx, input.claimId, input.reason);
  } catch (error) {
    if (!(error instanceof ClaimError)) throw error;
    if (error.code === "forbidden") throw data({ message: t("curation:errors.forbiddenListing") }, { status: 403 });
    if (error.code === "not_found") throw data({ message: t("curation:errors.claimNotFound") }, { status: 404 });
    return data(
      { claimId: input.claimId, result: null, conflict: t("curation:errors.claimConflict") },
      { status: 409 },
    );
  }
  const back = new URLSearchParams(url.search);
  back.set("fait", input.intent === "approve" ? "claim_approve" : "claim_reject");
  return redirect(`/pole/reclamations?${back}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ClaimsQueue() {
  const { items, total, page, pages, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("curation");
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("claims.title")}</h1>
        <p className="mt-2 text-slate-700">{t("claims.intro")}</p>
        <DoneBanner message={done ? t(`review.done.${done as "claim_approve"}`) : null} />
        {actionData?.conflict ? (
          <p role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
            {actionData.conflict}
          </p>
        ) : null}
        {total === 0 ? (
          <p className="mt-8">{t("claims.empty")}</p>
        ) : (
          <ol className="mt-8 space-y-6">
            {items.map((claim) => (
              <ClaimCard
                key={claim.id}
                claim={claim}
                lastResult={actionData?.claimId === claim.id ? actionData.result : null}
              />
            ))}
          </ol>
        )}
        <Pagination page={page} pages={pages} />
      </div>
    </>
  );
}

function ClaimCard({ claim, lastResult }: { claim: PendingClaim; lastResult: SubmissionResult<string[]> | null }) {
  const { t } = useTranslation("curation");
  const locale = useLocale();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("claimId") === String(claim.id);
  const [form, fields] = useForm<{ intent: string; claimId: string; reason?: string }>({
    id: `claim-${claim.id}-reject`,
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ClaimActionSchema }) as never,
  });
  return (
    <li className="rounded-lg border border-slate-200 p-4 sm:p-6">
      <h2 className="break-words text-xl font-bold">
        <Link to={`/pole/fiches/${claim.enterpriseId}`} className="text-brand-800 underline">
          {claim.enterpriseName}
        </Link>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <StatusBadge status={claim.enterpriseStatus as "published"} />
        <span>
          {claim.municipality} ({claim.regionCode}){claim.neq ? ` · NEQ ${claim.neq}` : null}
        </span>
      </p>
      <p className="mt-3 break-words">
        {t("claims.requestedBy", { name: claim.userName, email: claim.userEmail })}{" "}
        {t("claims.requestedOn", { date: formatDate(locale, claim.createdAt) })}
      </p>
      <p className="mt-1 break-words text-sm text-slate-700">
        {claim.website ? t("claims.website", { website: claim.website }) : t("claims.noWebsite")}
      </p>
      {claim.message ? (
        <div className="mt-3 rounded-md bg-slate-50 p-3">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-700">{t("claims.message")}</p>
          <p className="mt-1 whitespace-pre-line break-words">{claim.message}</p>
        </div>
      ) : null}
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Form method="post">
          <input type="hidden" name="intent" value="approve" />
          <input type="hidden" name="claimId" value={claim.id} />
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {t("claims.approve")}
          </button>
        </Form>
        <Form method="post" {...getFormProps(form)} className="space-y-3">
          <input type="hidden" name="intent" value="reject" />
          <input type="hidden" name="claimId" value={claim.id} />
          <TextAreaField
            name={fields.reason.name}
            id={`claim-${claim.id}-reason`}
            label={t("claims.reason")}
            hint={t("claims.reasonHint")}
            errors={fields.reason.errors}
            namespace="curation"
            rows={3}
            required
          />
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-red-800 px-5 py-2.5 font-semibold text-white hover:bg-red-900 disabled:opacity-60"
          >
            {t("claims.reject")}
          </button>
        </Form>
      </div>
    </li>
  );
}
