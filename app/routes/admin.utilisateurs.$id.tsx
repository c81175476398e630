import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ROLES } from "#db/schema/accounts";
import { FormAlert, Notice } from "~/components/account/account-ui";
import { AdminChangeList } from "~/components/admin/admin-change-list";
import { AdminNav } from "~/components/admin/admin-nav";
import { formatDate } from "~/components/curation/format";
import { SubmitButton } from "~/components/forms/text-field";
import { RolesSchema } from "~/domain/admin/admin-schemas";
import { adminErrorMessage, requireAdminRecord } from "~/lib/admin-auth.server";
import { getDb } from "~/lib/db.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { AdminError, getUserDetail, setUserRoles } from "~/models/admin.server";

async function requireAccount(request: Request, idParam: string | undefined) {
  const { record, ...admin } = await requireAdminRecord(request, idParam, "admin:errors.userNotFound", getUserDetail);
  return { ...admin, account: record };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { account, user } = await requireAccount(request, params.id);
  return { title: account.email, account, isSelf: account.id === user.id };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { t, user, account } = await requireAccount(request, params.id);
  const submission = parseWithZod(await request.formData(), { schema: RolesSchema });
  if (submission.status !== "success") return data({ error: t("admin:users.errors.unknownRole") }, { status: 400 });
  try {
    const changed = setUserRoles(getDb(), user.actor, account.id, submission.value.roles);
    return redirect(`/admin/utilisateurs/${account.id}?ok=${changed ? "saved" : "unchanged"}`);
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    const { message, status } = adminErrorMessage(t, error);
    return data({ error: message }, { status });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function UserPage() {
  const { account, isSelf } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const ok = searchParams.get("ok");
  return (
    <>
      <AdminNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <p className="text-sm">
          <Link to="/admin/utilisateurs" className="text-brand-800 underline">
            {t("users.back")}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold [overflow-wrap:anywhere] sm:text-3xl">{account.email}</h1>
        <p className="mt-1 text-slate-700">
          {account.displayName} · {t("users.createdOn", { date: formatDate(locale, account.createdAt) })} ·{" "}
          {account.verified ? t("users.verified") : t("users.unverified")}
        </p>
        {ok === "saved" || ok === "unchanged" ? (
          <div className="mt-4">
            <Notice>{t(`users.saved.${ok}`)}</Notice>
          </div>
        ) : null}

        <div className="mt-6 grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="roles-heading">
            <h2 id="roles-heading" className="text-xl font-bold">
              {t("users.roles.heading")}
            </h2>
            <Form method="post" className="mt-3 space-y-4">
              <FormAlert errors={actionData?.error ? [actionData.error] : undefined} />
              <fieldset>
                <legend className="sr-only">{t("users.roles.heading")}</legend>
                <ul className="space-y-3">
                  {ROLES.map((role) => (
                    <li key={role}>
                      <input
                        type="checkbox"
                        id={`role-${role}`}
                        name="roles"
                        value={role}
                        defaultChecked={account.roles.includes(role)}
                        aria-describedby={`role-${role}-hint`}
                        className="mr-2"
                      />
                      <label htmlFor={`role-${role}`} className="font-medium">
                        {t(`roles.${role}`)}
                      </label>
                      <p id={`role-${role}-hint`} className="pl-6 text-sm text-slate-700">
                        {t(`users.roles.hints.${role}`)}
                        {role === "admin" && isSelf ? ` ${t("users.roles.selfAdmin")}` : ""}
                      </p>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <SubmitButton disabled={navigation.state === "submitting"}>{t("users.roles.submit")}</SubmitButton>
            </Form>
          </section>

          <section aria-labelledby="links-heading">
            <h2 id="links-heading" className="text-xl font-bold">
              {t("users.links.heading")}
            </h2>
            <h3 className="mt-3 font-semibold">{t("users.links.hubs")}</h3>
            {account.hubs.length === 0 ? (
              <p className="text-slate-700">{t("users.links.noHub")}</p>
            ) : (
              <ul className="list-disc pl-5">
                {account.hubs.map((h) => (
                  <li key={h.id}>
                    <Link to={`/admin/poles/${h.id}`} className="text-brand-800 underline">
                      {h.name}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <h3 className="mt-3 font-semibold">{t("users.links.enterprises")}</h3>
            {account.enterprises.length === 0 ? (
              <p className="text-slate-700">{t("users.links.noEnterprise")}</p>
            ) : (
              <ul className="list-disc pl-5">
                {account.enterprises.map((e) => (
                  <li key={e.id}>
                    {e.status === "published" ? (
                      <Link to={`/entreprises/${e.slug}`} className="text-brand-800 underline">
                        {e.publicName}
                      </Link>
                    ) : (
                      e.publicName
                    )}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-1 text-sm text-slate-700">{t("users.links.membershipsNote")}</p>
            <h3 className="mt-3 font-semibold">{t("users.links.organization")}</h3>
            <p className="text-slate-700">{account.organization?.name ?? t("users.links.noOrganization")}</p>
          </section>
        </div>

        <section aria-labelledby="history-heading" className="mt-10">
          <h2 id="history-heading" className="text-xl font-bold">
            {t("audit.heading")}
          </h2>
          <AdminChangeList changes={account.history} />
        </section>
      </div>
    </>
  );
}
