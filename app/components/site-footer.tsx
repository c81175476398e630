import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-slate-700">
        <p>{t("footer.initiative")}</p>
        <p>{t("footer.demo")}</p>
        <p>
          <Link to="/a-propos" className="text-brand-800 underline">
            {t("footer.sources")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
