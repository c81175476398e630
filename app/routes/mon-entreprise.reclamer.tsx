import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldError } from "~/components/forms/field-error";
import { SubmitButton } from "~/components/forms/text-field";
import { UnverifiedNotice } from "~/components/listing-form/unverified-notice";
import { canRegisterListing } from "~/domain/authz";
import { emailMatchesWebsite } from "~/domain/claim-domain";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireUser, type CurrentUser } from "~/lib/session.server";
import { workflowContext } from "~/lib/workflow-http.server";
import {
  ClaimError,
  claimListing,
  getClaimableListing,
  hasPendingClaim,
  MAX_PENDING_CLAIMS,
  searchClaimableListings,
  type ClaimableListing,
} from "~/models/claims.server";

const IdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);
const ClaimSchema = z.object({
  enterpriseId: IdSchema,
  message: z.string().trim().max(1000, { error: "claim.errors.messageTooLong" }).optional(),
});

function withUserFlags(user: CurrentUser, listing: ClaimableListing) {
  return {
    ...listing,
    member: user.actor.enterpriseIds.has(listing.id),
    pending: hasPendingClaim(getDb(), user.id, listing.id),
  };
}

// GET: search (?q=) and the confirmation of one listing (?id=); POST: the claim itself.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const title = t("register:meta.claim");
  if (!canRegisterListing(user.actor))
    return data({ title, blocked: true as const, email: user.email }, { status: 403 });
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const id = IdSchema.safeParse(url.searchParams.get("id") ?? undefined);
  let target = null;
  if (id.success) {
    const listing = getClaimableListing(getDb(), id.data);
    if (!listing) throw data({ message: t("register:claim.errors.notClaimable") }, { status: 404 });
    target = { ...withUserFlags(user, listing), immediate: emailMatchesWebsite(user.email, listing.website) };
  }
  const search = q ? searchClaimableListings(getDb(), q) : { results: [], neqUnavailable: false, more: false };
  return {
    title,
    blocked: false as const,
    email: user.email,
    q,
    target,
    results: search.results.map((r) => withUserFlags(user, r)),
    neqUnavailable: search.neqUnavailable,
    more: search.more,
    maxPending: MAX_PENDING_CLAIMS,
  };
}

const ERROR_STATUS: Record<ClaimError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  unverified: 403,
  not_claimable: 409,
  already_member: 409,
  already_pending: 409,
  too_many_pending: 429,
  invalid_state: 409,
};

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  if (!canRegisterListing(user.actor)) throw data({ message: t("register:unverified.title") }, { status: 403 });
  const parsed = ClaimSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const messageError = parsed.error.issues.find((i) => i.path[0] === "message");
    if (!messageError) throw data({ message: t("register:claim.errors.notClaimable") }, { status: 400 });
    return data({ fieldError: messageError.message, error: null }, { status: 400 });
  }
  try {
    const { outcome } = await claimListing(
      workflowContext(request, user),
      parsed.data.enterpriseId,
      parsed.data.message,
    );
    return outcome === "granted"
      ? redirect(`/mon-entreprise/${parsed.data.enterpriseId}?fait=claimed`)
      : redirect("/mon-entreprise?fait=claimRequested");
  } catch (error) {
    if (!(error instanceof ClaimError)) throw error;
    if (error.code === "not_found") throw data({ message: t("register:errors.notFound") }, { status: 404 });
    return data({ fieldError: null, error: error.code }, { status: ERROR_STATUS[error.code] });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ClaimPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("register");
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <Link to="/mon-entreprise" className="text-brand-800 underline">
          <span aria-hidden="true">← </span>
          {t("dashboard.title")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("claim.title")}</h1>
      {page.blocked ? (
        <div className="mt-6">
          <UnverifiedNotice email={page.email} />
        </div>
      ) : page.target ? (
        <ClaimConfirmation />
      ) : (
        <ClaimSearch />
      )}
    </div>
  );
}

type Page = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { blocked: false }>;

function ListingFacts({ listing }: { listing: Page["results"][number] }) {
  const { t } = useTranslation("register");
  const locale = useLocale();
  return (
    <>
      {listing.legalName !== listing.publicName ? <p className="text-sm text-slate-700">{listing.legalName}</p> : null}
      <p className="text-sm">
        {t("claim.located", {
          municipality: listing.municipalityName,
          region: localized(locale, listing.regionNameFr, listing.regionNameEn),
        })}
      </p>
      {listing.neq ? <p className="text-sm">{t("claim.neq", { neq: listing.neq })}</p> : null}
      {listing.website ? (
        <p className="text-sm">
          {t("claim.websiteLabel")} <span className="break-all">{listing.website}</span>
        </p>
      ) : null}
      <p className="text-sm text-slate-700">
        {listing.status === "candidate" ? t("claim.candidate") : t("claim.published")}
      </p>
    </>
  );
}

function ClaimSearch() {
  const page = useLoaderData<typeof loader>() as Page;
  const { t } = useTranslation("register");
  return (
    <>
      <p className="mt-3 max-w-3xl text-slate-800">{t("claim.intro")}</p>
      <Form method="get" role="search" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <label htmlFor="q" className="block font-medium">
            {t("claim.searchLabel")}
          </label>
          <p id="q-hint" className="text-sm text-slate-600">
            {t("claim.searchHint")}
          </p>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={page.q}
            aria-describedby="q-hint"
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <SubmitButton>{t("claim.search")}</SubmitButton>
      </Form>
      {page.q ? (
        <section aria-labelledby="results-heading" className="mt-8">
          <h2 id="results-heading" className="text-xl font-bold">
            {t("claim.resultsHeading", { count: page.results.length })}
          </h2>
          {page.more ? <p className="mt-2">{t("claim.more", { count: page.results.length })}</p> : null}
          {page.neqUnavailable ? (
            <p className="mt-2">{t("claim.neqUnavailable")}</p>
          ) : page.results.length === 0 ? (
            <p className="mt-2">
              {t("claim.noResults", { q: page.q })}{" "}
              <Link to="/mon-entreprise/nouvelle" className="text-brand-800 underline">
                {t("claim.noResultsHelp")}
              </Link>
            </p>
          ) : null}
          <ul className="mt-4 space-y-3">
            {page.results.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-300 p-4">
                <h3 className="text-lg font-semibold">{r.publicName}</h3>
                <ListingFacts listing={r} />
                <p className="mt-2">
                  {r.member ? (
                    <Link to={`/mon-entreprise/${r.id}`} className="text-brand-800 underline">
                      {t("claim.youManage")}
                    </Link>
                  ) : r.pending ? (
                    <span className="font-medium">{t("claim.youPending")}</span>
                  ) : (
                    <Link
                      to={`/mon-entreprise/reclamer?id=${r.id}&q=${encodeURIComponent(page.q)}`}
                      className="font-semibold text-brand-800 underline"
                    >
                      {t("claim.choose", { name: r.publicName })}
                    </Link>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ClaimConfirmation() {
  const page = useLoaderData<typeof loader>() as Page;
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("register");
  const locale = useLocale();
  const target = page.target!;
  const errorKey = actionData?.error
    ? (
        {
          not_claimable: "claim.errors.notClaimable",
          already_member: "claim.errors.alreadyMember",
          already_pending: "claim.errors.alreadyPending",
          too_many_pending: "claim.errors.tooManyPending",
          forbidden: "errors.forbidden",
          unverified: "unverified.title",
          invalid_state: "errors.conflict",
          not_found: "errors.notFound",
        } as const
      )[actionData.error]
    : null;
  const backHref = `/mon-entreprise/reclamer${page.q ? `?q=${encodeURIComponent(page.q)}` : ""}`;
  return (
    <section aria-labelledby="confirm-heading" className="mt-6">
      <h2 id="confirm-heading" className="text-2xl font-bold">
        {t("claim.confirmHeading", { name: target.publicName })}
      </h2>
      <div className="mt-3 rounded-lg border border-slate-300 p-4">
        <ListingFacts listing={target} />
      </div>
      {errorKey ? (
        <p
          role="alert"
          className="mt-4 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900"
        >
          {t(errorKey, { max: page.maxPending })}
        </p>
      ) : null}
      {target.member ? (
        <p className="mt-4">
          <Link to={`/mon-entreprise/${target.id}`} className="text-brand-800 underline">
            {t("claim.youManage")}
          </Link>
        </p>
      ) : target.pending ? (
        <p className="mt-4 font-medium">{t("claim.youPending")}</p>
      ) : (
        <Form
          method="post"
          action={`/mon-entreprise/reclamer?id=${target.id}${page.q ? `&q=${encodeURIComponent(page.q)}` : ""}`}
          className="mt-4 space-y-4"
        >
          <p className="max-w-3xl">
            {target.immediate
              ? t("claim.immediate", { email: page.email })
              : t("claim.review", {
                  email: page.email,
                  region: localized(locale, target.regionNameFr, target.regionNameEn),
                })}
          </p>
          <input type="hidden" name="enterpriseId" value={target.id} />
          <div>
            <label htmlFor="message" className="block font-medium">
              {t("claim.message")}
            </label>
            <p id="message-hint" className="text-sm text-slate-600">
              {t("claim.messageHint")}
            </p>
            <textarea
              id="message"
              name="message"
              rows={3}
              maxLength={1000}
              aria-describedby={`message-hint${actionData?.fieldError ? " message-error" : ""}`}
              aria-invalid={actionData?.fieldError ? true : undefined}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
            />
            <FieldError
              id="message-error"
              errors={actionData?.fieldError ? [actionData.fieldError] : undefined}
              namespace="register"
            />
          </div>
          <SubmitButton>{t("claim.submit")}</SubmitButton>
        </Form>
      )}
      <p className="mt-6">
        <Link to={backHref} className="text-brand-800 underline">
          <span aria-hidden="true">← </span>
          {t("claim.backToSearch")}
        </Link>
      </p>
    </section>
  );
}
