import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/curation/status-badge";
import { ListingStepForm } from "~/components/listing-form/listing-step-form";
import { StepIndicator } from "~/components/listing-form/step-indicator";
import { previousStep, stepFromSlug, stepHref } from "~/components/listing-form/steps";
import { getDb } from "~/lib/db.server";
import { pageTitle } from "~/lib/meta";
import { getListingOverview } from "~/models/member-dashboard.server";
import { isCuratorOf, loadStepForm, requireListingAccess, requireStep, submitStep } from "./mon-entreprise.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, state, t } = await requireListingAccess(request, params);
  const step = requireStep(params.step, t);
  if (state.status === "archived") throw data({ message: t("register:errors.archived") }, { status: 409 });
  const overview = getListingOverview(getDb(), state.id)!;
  const saved = stepFromSlug(new URL(request.url).searchParams.get("enregistre") ?? undefined);
  return {
    title: `${t(`register:steps.${step}.title`)} · ${state.publicName}`,
    enterpriseId: state.id,
    publicName: state.publicName,
    status: state.status,
    revisionStatus: state.pendingRevision?.status ?? null,
    curator: isCuratorOf(user, state),
    step,
    saved: saved ?? null,
    incomplete: overview.incomplete,
    ...loadStepForm(step, state.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, state, t } = await requireListingAccess(request, params);
  const step = requireStep(params.step, t);
  return submitStep(request, { step, enterpriseId: state.id, user });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ListingStepPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("register");
  const previous = previousStep(page.step);
  const isLast = page.step === "labels";
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm">
        <Link to={`/mon-entreprise/${page.enterpriseId}`} className="text-brand-800 underline">
          <span aria-hidden="true">← </span>
          {t("form.backToOverview")}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{page.publicName}</h1>
        <StatusBadge status={page.status} />
      </div>
      {page.saved ? (
        <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {t("form.saved", { step: t(`steps.${page.saved}.title`) })}
        </p>
      ) : null}
      {page.curator ? (
        <p className="mt-4 rounded-md border border-slate-400 bg-slate-50 px-4 py-3">{t("form.curatorNotice")}</p>
      ) : page.status === "published" ? (
        <p className="mt-4 rounded-md border border-brand-700 bg-brand-50 px-4 py-3">{t("form.publishedNotice")}</p>
      ) : page.status === "submitted" ? (
        <p className="mt-4 rounded-md border border-brand-700 bg-brand-50 px-4 py-3">{t("form.submittedNotice")}</p>
      ) : null}
      <div className="mt-6">
        <StepIndicator enterpriseId={page.enterpriseId} current={page.step} incomplete={page.incomplete} />
      </div>
      <h2 className="mt-8 text-2xl font-bold">{t(`steps.${page.step}.title`)}</h2>
      <p className="mt-1 text-slate-700">{t(`steps.${page.step}.intro`)}</p>
      <div className="mt-6">
        <ListingStepForm
          key={page.step}
          step={page.step}
          action={stepHref(page.enterpriseId, page.step)}
          defaultValue={page.defaultValue}
          municipalities={page.municipalities}
          regions={page.regions}
          lastResult={actionData && "result" in actionData ? actionData.result : null}
          duplicate={actionData && "duplicate" in actionData ? actionData.duplicate : null}
          previousHref={previous ? stepHref(page.enterpriseId, previous) : null}
          submitLabel={isLast ? t("form.saveAndFinish") : t("form.saveAndContinue")}
        />
      </div>
    </div>
  );
}
