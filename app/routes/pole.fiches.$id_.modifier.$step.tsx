import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HubNav } from "~/components/curation/hub-nav";
import { StatusBadge } from "~/components/curation/status-badge";
import { ListingStepForm } from "~/components/listing-form/listing-step-form";
import { STEP_SLUGS } from "~/components/listing-form/steps";
import { LISTING_STEPS } from "~/domain/listing/listing-schema";
import { pageTitle } from "~/lib/meta";
import { curatorStepForm, requireEditableStep, saveCuratorStep } from "./pole.edit.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { t, state, step } = await requireEditableStep(request, params);
  return {
    title: t("curation:edit.title", { name: state.publicName }),
    enterpriseId: state.id,
    publicName: state.publicName,
    status: state.status,
    revisionPending: state.status === "published" && state.pendingRevision !== null,
    step,
    ...curatorStepForm(step, state.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return saveCuratorStep(request, params);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function CuratorEditStep() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation(["curation", "register"]);
  const href = (step: (typeof LISTING_STEPS)[number]) =>
    `/pole/fiches/${page.enterpriseId}/modifier/${STEP_SLUGS[step]}`;
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-5xl px-4 py-8">
        <p>
          <Link to={`/pole/fiches/${page.enterpriseId}`} className="text-sm text-brand-800 underline">
            {t("edit.cancel")}
          </Link>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="break-words text-3xl font-bold">{t("edit.title", { name: page.publicName })}</h1>
          <StatusBadge status={page.status} />
        </div>
        <p className="mt-2 text-slate-700">{t("edit.intro")}</p>
        {page.revisionPending ? (
          <p className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3">{t("edit.revisionPending")}</p>
        ) : null}
        <nav aria-label={t("edit.steps")} className="mt-6">
          <ol className="flex flex-wrap gap-2 text-sm">
            {LISTING_STEPS.map((step) => (
              <li key={step}>
                {step === page.step ? (
                  <span
                    aria-current="page"
                    className="block rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white"
                  >
                    {t(`register:steps.${step}.title`)}
                  </span>
                ) : (
                  <Link
                    to={href(step)}
                    className="block rounded-md border border-slate-300 px-3 py-1.5 text-brand-800 hover:bg-brand-50"
                  >
                    {t(`register:steps.${step}.title`)}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
        <h2 className="mt-8 text-2xl font-bold">{t(`register:steps.${page.step}.title`)}</h2>
        <div className="mt-6">
          <ListingStepForm
            key={page.step}
            step={page.step}
            action={href(page.step)}
            defaultValue={page.defaultValue}
            municipalities={page.municipalities}
            regions={page.regions}
            lastResult={actionData?.result ?? null}
            duplicate={null}
            previousHref={null}
            submitLabel={t("edit.save")}
          />
        </div>
      </div>
    </>
  );
}
