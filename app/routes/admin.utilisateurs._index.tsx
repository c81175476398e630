import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ROLES } from "#db/schema/accounts";
import { AdminNav } from "~/components/admin/admin-nav";
import { formatDate } from "~/components/curation/format";
import { Pagination } from "~/components/pagination";
import { UserSearchSchema } from "~/domain/admin/admin-schemas";
import { requireAdminUser } from "~/lib/admin-auth.server";
import { getDb } from "~/lib/db.server";
import { formatNumber, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { searchUsers } from "~/models/admin.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await requireAdminUser(request);
  const url = new URL(request.url);
  const filter = UserSearchSchema.parse(Object.fromEntries(url.searchParams));
  return {
    title: t("admin:users.title"),
    filter: { q: filter.q ?? "", role: filter.role ?? "" },
    page: filter.page,
    ...searchUsers(getDb(), filter),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function UsersPage() {
  const { filter, items, total, page, pages } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <>
      <AdminNav />
      <div className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t("users.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("users.intro")}</p>

        <Form method="get" role="search" className="mt-6 flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1 basis-64">
            <label htmlFor="q" className="block font-medium">
              {t("users.search.q")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={filter.q}
              maxLength={100}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor="role" className="block font-medium">
              {t("users.search.role")}
            </label>
            <select
              id="role"
              name="role"
              defaultValue={filter.role}
              className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("users.search.anyRole")}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("users.search.submit")}
          </button>
        </Form>

        <h2 className="mt-8 text-xl font-bold" id="results-heading">
          {t("users.results", { count: total, formatted: formatNumber(locale, total) })}
        </h2>
        {items.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("users.none")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm" aria-labelledby="results-heading">
              <thead className="border-b border-slate-300">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("users.columns.account")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("users.columns.roles")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("users.columns.created")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 align-top">
                {items.map((u) => (
                  <tr key={u.id}>
                    <td className="py-2 pr-3">
                      <Link
                        to={`/admin/utilisateurs/${u.id}`}
                        className="break-all font-semibold text-brand-800 underline"
                      >
                        {u.email}
                      </Link>
                      <span className="block text-slate-700">
                        {u.displayName}
                        {u.verified ? null : <> · {t("users.unverified")}</>}
                      </span>
                    </td>
                    <td className="py-2 pr-3">
                      {u.roles.length === 0 ? "—" : u.roles.map((r) => t(`roles.${r}`)).join(", ")}
                    </td>
                    <td className="py-2 pr-3">{formatDate(locale, u.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={page} pages={pages} />
      </div>
    </>
  );
}
