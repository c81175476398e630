import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Plain links that keep every other query parameter, so paging works without JavaScript. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (pages <= 1) return null;
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    if (p === 1) params.delete("page");
    else params.set("page", String(p));
    const qs = params.toString();
    return qs ? `${location.pathname}?${qs}` : location.pathname;
  };
  const linkClass = "rounded-md border border-slate-300 px-3 py-1.5 text-brand-800 hover:bg-brand-50";
  return (
    <nav aria-label={t("pagination.label")} className="mt-6 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className={linkClass}>
          {t("pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{t("pagination.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
