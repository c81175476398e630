import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListingStepForm } from "~/components/listing-form/listing-step-form";
import { StepIndicator } from "~/components/listing-form/step-indicator";
import { UnverifiedNotice } from "~/components/listing-form/unverified-notice";
import { canRegisterListing } from "~/domain/authz";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { requireUser } from "~/lib/session.server";
import { loadStepForm, submitStep } from "./mon-entreprise.server";

// Step 1 of a new listing: nothing exists until this form is valid, then the draft is created.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const title = t("register:meta.new");
  if (!canRegisterListing(user.actor))
    return data({ title, blocked: true as const, email: user.email }, { status: 403 });
  return { title, blocked: false as const, email: user.email, ...loadStepForm("identity", null) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  if (!canRegisterListing(user.actor)) throw data({ message: t("register:unverified.title") }, { status: 403 });
  return submitStep(request, { step: "identity", enterpriseId: null, user });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function NewListingPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("register");
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <p className="text-sm">
        <Link to="/mon-entreprise" className="text-brand-800 underline">
          {t("dashboard.title")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("meta.new")}</h1>
      {page.blocked ? (
        <div className="mt-6">
          <UnverifiedNotice email={page.email} />
        </div>
      ) : (
        <>
          <p className="mt-3 max-w-3xl text-slate-800">{t("form.newIntro")}</p>
          <p className="mt-2 max-w-3xl text-slate-800">
            {t("form.claimInstead")}{" "}
            <Link to="/mon-entreprise/reclamer" className="font-semibold text-brand-800 underline">
              {t("form.claimInsteadLink")}
            </Link>
            .
          </p>
          <div className="mt-6">
            <StepIndicator enterpriseId={null} current="identity" incomplete={null} />
          </div>
          <h2 className="mt-8 text-2xl font-bold">{t("steps.identity.title")}</h2>
          <p className="mt-1 text-slate-700">{t("steps.identity.intro")}</p>
          <div className="mt-6">
            <ListingStepForm
              step="identity"
              action="/mon-entreprise/nouvelle"
              defaultValue={page.defaultValue}
              municipalities={page.municipalities}
              regions={page.regions}
              lastResult={actionData && "result" in actionData ? actionData.result : null}
              duplicate={actionData && "duplicate" in actionData ? actionData.duplicate : null}
              previousHref={null}
              submitLabel={t("form.saveAndContinue")}
            />
          </div>
        </>
      )}
    </div>
  );
}
