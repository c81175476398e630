import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NeedForm } from "~/components/needs/need-form";
import { pageTitle } from "~/lib/meta";
import { needFormOptions, requireBuyerSpace, requireOrganization, submitNeedForm } from "./besoins.server";

// A new need: nothing is stored until the form is valid; then it is a draft of the buyer's organization.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, t } = await requireBuyerSpace(request);
  requireOrganization(user, t);
  return {
    title: t("needs:meta.new"),
    defaultValue: {
      contactVisibility: "matched",
      questions: [""],
      contactName: user.displayName,
      contactEmail: user.email,
    },
    ...needFormOptions(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, t } = await requireBuyerSpace(request);
  requireOrganization(user, t);
  return submitNeedForm(request, { user, need: null, t });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function NewNeedPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("needs");
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <Link to="/besoins" className="text-brand-800 underline">
          <span aria-hidden="true">←&nbsp;</span>
          {t("form.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("form.newTitle")}</h1>
      <p className="mt-3 max-w-3xl text-slate-800">{t("form.newIntro")}</p>
      <div className="mt-8">
        <NeedForm
          action="/besoins/nouveau"
          defaultValue={page.defaultValue}
          lastResult={actionData?.result}
          municipalities={page.municipalities}
          regions={page.regions}
          submitLabel={t("form.saveDraft")}
          cancelHref="/besoins"
        />
      </div>
    </div>
  );
}
