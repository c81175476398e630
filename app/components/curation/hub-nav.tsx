import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-1.5 ${isActive ? "bg-brand-700 text-white" : "text-brand-800 hover:bg-brand-50"}`;

/** The hub's tools, on every curator page. */
export function HubNav() {
  const { t } = useTranslation(["curation", "alerts"]);
  return (
    <nav aria-label={t("nav.label")} className="border-b border-slate-200 bg-slate-50 print:hidden">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2 text-sm font-medium">
        <li>
          <NavLink to="/pole" end className={linkClass}>
            {t("nav.home")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/pole/moderation" className={linkClass}>
            {t("nav.queue")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/pole/reclamations" className={linkClass}>
            {t("nav.claims")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/pole/besoins" className={linkClass}>
            {t("alerts:hubNeeds.nav")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/pole/import" className={linkClass}>
            {t("nav.import")}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
