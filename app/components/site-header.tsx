import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "./language-switch";

export type HeaderUser = {
  displayName: string;
  isMember: boolean;
  isCurator: boolean;
  isAdmin: boolean;
  isBuyer: boolean;
  unread: number;
} | null;

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 hover:underline ${isActive ? "font-semibold text-brand-800 underline" : "text-slate-700"}`;

export function SiteHeader({ user }: { user: HeaderUser }) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="flex flex-col leading-tight">
          <span className="text-xl font-bold text-brand-800">{t("appName")}</span>
          <span className="text-xs text-slate-600">{t("tagline")}</span>
        </Link>
        <div className="order-2 flex items-center gap-2 sm:order-3">
          <LanguageSwitch />
        </div>
        <nav aria-label={t("nav.label")} className="order-3 w-full sm:order-2 sm:w-auto">
          <ul className="flex flex-wrap items-center gap-1 text-sm">
            <li>
              <NavLink to="/repertoire" className={navLinkClass}>
                {t("nav.directory")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/procedure" className={navLinkClass}>
                {t("nav.procedure")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/a-propos" className={navLinkClass}>
                {t("nav.about")}
              </NavLink>
            </li>
            {user?.isBuyer ? (
              <>
                <li>
                  <NavLink to="/besoins" className={navLinkClass}>
                    {t("nav.needs")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/recherches" className={navLinkClass}>
                    {t("nav.savedSearches")}
                  </NavLink>
                </li>
              </>
            ) : null}
            {user?.isMember ? (
              <>
                <li>
                  <NavLink to="/mon-entreprise" className={navLinkClass}>
                    {t("nav.myEnterprises")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/opportunites" className={navLinkClass}>
                    {t("nav.opportunities")}
                  </NavLink>
                </li>
              </>
            ) : null}
            {user?.isCurator ? (
              <li>
                <NavLink to="/pole" className={navLinkClass}>
                  {t("nav.hub")}
                </NavLink>
              </li>
            ) : null}
            {user?.isAdmin ? (
              <li>
                <NavLink to="/admin" className={navLinkClass}>
                  {t("nav.admin")}
                </NavLink>
              </li>
            ) : null}
            {user ? (
              <>
                <li>
                  <NavLink to="/notifications" className={navLinkClass}>
                    {t("nav.inbox")}
                    {user.unread > 0 ? ` (${user.unread})` : ""}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/compte" className={navLinkClass}>
                    {t("nav.account")}
                  </NavLink>
                </li>
                <li>
                  <Form method="post" action="/deconnexion">
                    <button type="submit" className="rounded px-2 py-1 text-slate-700 hover:underline">
                      {t("nav.signOut")}
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/connexion" className={navLinkClass}>
                    {t("nav.signIn")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/inscription" className={navLinkClass}>
                    {t("nav.signUp")}
                  </NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
