import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminNav } from "~/components/admin/admin-nav";
import { HubFields } from "~/components/admin/hub-fields";
import { FormAlert } from "~/components/account/account-ui";
import { SubmitButton } from "~/components/forms/text-field";
import { HubSchema } from "~/domain/admin/admin-schemas";
import { adminErrorMessage, requireAdminUser } from "~/lib/admin-auth.server";
import { getDb } from "~/lib/db.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { AdminError, createHub, listHubs, listRegionOwners } from "~/models/admin.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await requireAdminUser(request);
  const db = getDb();
  return { title: t("admin:hubs.title"), hubs: listHubs(db), owners: listRegionOwners(db) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { t, user } = await requireAdminUser(request);
  const submission = parseWithZod(await request.formData(), { schema: HubSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { name, email, website, regions } = submission.value;
  try {
    const id = createHub(getDb(), user.actor, { name, email, website, regionCodes: regions });
    return redirect(`/admin/poles/${id}?cree=1`);
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    const { field, message, status } = adminErrorMessage(t, error);
    return data(
      { result: submission.reply(field ? { fieldErrors: { [field]: [message] } } : { formErrors: [message] }) },
      { status },
    );
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function HubsPage() {
  const { hubs, owners } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const [form, fields] = useForm({
    id: "create-hub",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: HubSchema }),
  });
  const initial = form.initialValue as { name?: string; email?: string; website?: string; regions?: string[] | string };
  const initialRegions = Array.isArray(initial?.regions) ? initial.regions : initial?.regions ? [initial.regions] : [];
  return (
    <>
      <AdminNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("hubs.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("hubs.intro")}</p>

        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {hubs.map((hub) => (
            <li key={hub.id} className="rounded-lg border border-slate-300 p-4">
              <h2 className="text-lg font-bold">
                <Link to={`/admin/poles/${hub.id}`} className="text-brand-800 underline">
                  {hub.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-800">
                {hub.regions.length > 0
                  ? hub.regions.map((r) => `${r.code} ${localized(locale, r.nameFr, r.nameEn)}`).join(", ")
                  : t("hubs.noRegion")}
              </p>
              <p className="mt-1 break-words text-sm text-slate-700">
                {hub.curators.length > 0
                  ? t("hubs.curatorsLine", { curators: hub.curators.map((c) => c.email).join(", ") })
                  : t("hubs.noCurator")}
              </p>
            </li>
          ))}
        </ul>

        <section aria-labelledby="create-heading" className="mt-10 max-w-2xl rounded-lg border border-slate-300 p-4">
          <h2 id="create-heading" className="text-xl font-bold">
            {t("hubs.create.heading")}
          </h2>
          <Form method="post" {...getFormProps(form)} className="mt-4 space-y-5">
            <FormAlert id={form.errorId} errors={form.errors} />
            <input type="hidden" name="intent" value="save" />
            <HubFields
              owners={owners}
              hubId={null}
              values={{
                name: initial?.name,
                email: initial?.email,
                website: initial?.website,
                regions: initialRegions,
              }}
              fields={fields}
            />
            <SubmitButton disabled={navigation.state === "submitting"}>{t("hubs.create.submit")}</SubmitButton>
          </Form>
        </section>
      </div>
    </>
  );
}
