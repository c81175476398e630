import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, Notice } from "~/components/account/account-ui";
import { AdminChangeList } from "~/components/admin/admin-change-list";
import { AdminNav } from "~/components/admin/admin-nav";
import { HubFields } from "~/components/admin/hub-fields";
import { SubmitButton, TextField } from "~/components/forms/text-field";
import { AddCuratorSchema, HubPageSchema, HubSchema } from "~/domain/admin/admin-schemas";
import { adminErrorMessage, requireAdminRecord } from "~/lib/admin-auth.server";
import { getDb } from "~/lib/db.server";
import { pageTitle } from "~/lib/meta";
import {
  addCurator,
  AdminError,
  getHub,
  listAdminChanges,
  listRegionOwners,
  removeCurator,
  updateHub,
} from "~/models/admin.server";

async function requireHub(request: Request, idParam: string | undefined) {
  const { record, ...admin } = await requireAdminRecord(request, idParam, "admin:errors.hubNotFound", getHub);
  return { ...admin, hub: record };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { hub } = await requireHub(request, params.id);
  const db = getDb();
  return {
    title: hub.name,
    hub,
    owners: listRegionOwners(db),
    history: listAdminChanges(db, { limit: 30, entity: { type: "hub", id: hub.id } }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { t, user, hub } = await requireHub(request, params.id);
  const submission = parseWithZod(await request.formData(), { schema: HubPageSchema });
  if (submission.status !== "success") {
    const intent = submission.payload.intent;
    return data({ intent: typeof intent === "string" ? intent : "save", result: submission.reply() }, { status: 400 });
  }
  const value = submission.value;
  const db = getDb();
  try {
    if (value.intent === "save")
      updateHub(db, user.actor, hub.id, {
        name: value.name,
        email: value.email,
        website: value.website,
        regionCodes: value.regions,
      });
    else if (value.intent === "addCurator") addCurator(db, user.actor, hub.id, value.email);
    else removeCurator(db, user.actor, hub.id, value.userId);
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    const { field, message, status } = adminErrorMessage(t, error);
    return data(
      {
        intent: value.intent,
        result: submission.reply(field ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }),
      },
      { status },
    );
  }
  return redirect(`/admin/poles/${hub.id}?ok=${value.intent}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function HubPage() {
  const { hub, owners, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("admin");
  const busy = navigation.state === "submitting";
  const [hubForm, hubFields] = useForm({
    id: "hub",
    lastResult: actionData?.intent === "save" ? actionData.result : undefined,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: HubSchema }),
  });
  const [curatorForm, curatorFields] = useForm({
    id: "add-curator",
    lastResult: actionData?.intent === "addCurator" ? actionData.result : undefined,
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AddCuratorSchema }),
  });
  const removeErrors = actionData?.intent === "removeCurator" ? actionData.result.error?.[""] : undefined;
  const ok = searchParams.get("ok") ?? (searchParams.get("cree") ? "created" : null);
  const okKey = ok === "save" || ok === "addCurator" || ok === "removeCurator" || ok === "created" ? ok : null;
  return (
    <>
      <AdminNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p className="text-sm">
          <Link to="/admin/poles" className="text-brand-800 underline">
            {t("hubs.back")}
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold">{hub.name}</h1>
        {okKey ? (
          <div className="mt-4">
            <Notice>{t(`hubs.saved.${okKey}`)}</Notice>
          </div>
        ) : null}

        <div className="mt-6 grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="text-xl font-bold">
              {t("hubs.edit.heading")}
            </h2>
            <Form method="post" {...getFormProps(hubForm)} className="mt-4 space-y-5">
              <FormAlert id={hubForm.errorId} errors={hubForm.errors} />
              <input type="hidden" name="intent" value="save" />
              <HubFields
                owners={owners}
                hubId={hub.id}
                values={{
                  name: hub.name,
                  email: hub.email,
                  website: hub.website,
                  regions: hub.regions.map((r) => r.code),
                }}
                fields={hubFields}
              />
              <SubmitButton disabled={busy}>{t("hubs.edit.submit")}</SubmitButton>
            </Form>
          </section>

          <section aria-labelledby="curators-heading">
            <h2 id="curators-heading" className="text-xl font-bold">
              {t("hubs.curators.heading")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t("hubs.curators.intro")}</p>
            <FormAlert errors={removeErrors ?? undefined} />
            {hub.curators.length === 0 ? (
              <p className="mt-3">{t("hubs.noCurator")}</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
                {hub.curators.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                    <span className="min-w-0 break-all">
                      <Link to={`/admin/utilisateurs/${c.id}`} className="text-brand-800 underline">
                        {c.displayName}
                      </Link>
                      <span className="block text-sm text-slate-700">{c.email}</span>
                    </span>
                    <Form method="post">
                      <input type="hidden" name="userId" value={c.id} />
                      <input type="hidden" name="intent" value="removeCurator" />
                      <button
                        type="submit"
                        disabled={busy}
                        className="rounded-md border border-red-700 px-3 py-1 text-sm font-semibold text-red-800 hover:bg-red-50"
                      >
                        {t("hubs.curators.remove")}
                        <span className="sr-only"> {c.email}</span>
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            )}
            {/* A new key after each change of the team empties the field once the person is added. */}
            <Form
              method="post"
              {...getFormProps(curatorForm)}
              key={hub.curators.map((c) => c.id).join()}
              className="mt-5 space-y-3"
            >
              <FormAlert id={curatorForm.errorId} errors={curatorForm.errors} />
              <input type="hidden" name="intent" value="addCurator" />
              <TextField
                id="curator-email"
                name="email"
                type="email"
                label={t("hubs.curators.email")}
                hint={t("hubs.curators.emailHint")}
                required
                defaultValue={curatorFields.email.initialValue as string | undefined}
                errors={curatorFields.email.errors}
                namespace="admin"
              />
              <SubmitButton disabled={busy}>{t("hubs.curators.add")}</SubmitButton>
            </Form>
          </section>
        </div>

        <section aria-labelledby="history-heading" className="mt-10">
          <h2 id="history-heading" className="text-xl font-bold">
            {t("audit.heading")}
          </h2>
          <AdminChangeList changes={history} />
        </section>
      </div>
    </>
  );
}
