import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/components/curation/format";
import { useLocale } from "~/lib/locale";

export type AdminChange = {
  id: number;
  at: string | Date;
  action: string;
  entityType: "hub" | "user";
  entityId: number;
  entityLabel: string;
  actorName: string | null;
  changes: { field: string; before: string[]; after: string[] }[];
};

const FIELDS = new Set(["name", "email", "website", "regions", "curators", "roles"]);
const ROLE_CODES = new Set(["buyer", "enterprise_member", "hub_curator", "admin"]);

/** The audit trail of hubs and accounts: who changed what, before → after. */
export function AdminChangeList({ changes, showEntity = false }: { changes: AdminChange[]; showEntity?: boolean }) {
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const show = (field: string, values: string[]) =>
    values.length === 0
      ? "—"
      : values.map((v) => (field === "roles" && ROLE_CODES.has(v) ? t(`roles.${v as "admin"}`) : v)).join(", ");
  if (changes.length === 0) return <p className="mt-3 text-slate-700">{t("audit.none")}</p>;
  return (
    <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
      {changes.map((c) => (
        <li key={c.id} className="px-4 py-3 text-sm">
          <p>
            <span className="font-semibold">{formatDateTime(locale, c.at)}</span>
            {" · "}
            {t(c.action === "create" ? "audit.created" : "audit.updated", { actor: c.actorName ?? t("audit.system") })}
            {showEntity ? (
              <>
                {" · "}
                <Link
                  to={c.entityType === "hub" ? `/admin/poles/${c.entityId}` : `/admin/utilisateurs/${c.entityId}`}
                  className="break-all text-brand-800 underline"
                >
                  {c.entityLabel}
                </Link>
              </>
            ) : null}
          </p>
          {c.changes.length > 0 ? (
            <ul className="mt-1 space-y-0.5 text-slate-800">
              {c.changes.map((ch) => (
                <li key={ch.field} className="break-words">
                  <span className="font-medium">
                    {FIELDS.has(ch.field) ? t(`audit.fields.${ch.field as "name"}`) : ch.field}
                  </span>{" "}
                  : {show(ch.field, ch.before)} → {show(ch.field, ch.after)}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
