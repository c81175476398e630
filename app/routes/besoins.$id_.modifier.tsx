import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NeedForm } from "~/components/needs/need-form";
import { NeedStatusBadge } from "~/components/needs/need-status-badge";
import { pageTitle } from "~/lib/meta";
import type { NeedRow } from "~/models/needs.server";
import { needFormDefaults, needFormOptions, requireManagedNeed, submitNeedForm, type NeedsT } from "./besoins.server";

// /besoins/:id/modifier (the trailing "_" keeps it out of the detail page's layout).

/** Closed and cancelled needs are history: editing them would rewrite what suppliers answered to. */
function requireEditable(need: NeedRow, t: NeedsT) {
  if (need.status === "closed" || need.status === "cancelled")
    throw data({ message: t("needs:errors.notEditable") }, { status: 409 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { need, t } = await requireManagedNeed(request, params);
  requireEditable(need, t);
  return {
    title: t("needs:meta.edit", { title: need.title }),
    need: { id: need.id, title: need.title, status: need.status },
    defaultValue: needFormDefaults(need),
    ...needFormOptions(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, need, t } = await requireManagedNeed(request, params);
  requireEditable(need, t);
  return submitNeedForm(request, { user, need, t });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function EditNeedPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("needs");
  const href = `/besoins/${page.need.id}`;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <Link to={href} className="text-brand-800 underline">
          <span aria-hidden="true">←&nbsp;</span>
          {t("form.backToNeed")}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{page.title}</h1>
      <p className="mt-2">
        <NeedStatusBadge status={page.need.status} />
      </p>
      {page.need.status === "published" ? <p className="mt-3 max-w-3xl text-slate-800">{t("form.editIntro")}</p> : null}
      <div className="mt-8">
        <NeedForm
          action={`${href}/modifier`}
          defaultValue={page.defaultValue}
          lastResult={actionData?.result}
          municipalities={page.municipalities}
          regions={page.regions}
          submitLabel={page.need.status === "draft" ? t("form.saveDraft") : t("form.save")}
          cancelHref={href}
        />
      </div>
    </div>
  );
}
