import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-1.5 ${isActive ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`;

/** The administration sections, on every admin page. */
export function AdminNav() {
  const { t } = useTranslation("admin");
  const links = [
    { to: "/admin", label: t("nav.home"), end: true },
    { to: "/admin/poles", label: t("nav.hubs") },
    { to: "/admin/utilisateurs", label: t("nav.users") },
    { to: "/admin/courriels", label: t("nav.outbox") },
    { to: "/pole/import", label: t("nav.import") },
  ];
  return (
    <nav aria-label={t("nav.label")} className="border-b border-slate-200 bg-slate-50">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2 text-sm font-medium">
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end} className={linkClass}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
