import { useTranslation } from "react-i18next";
import type { FacetOption, FacetView } from "~/search/facet-options";

/**
 * One facet as checkboxes with counts: the first options, a disclosure with the others, and
 * for a long facet a button that submits the search form asking for its whole list (the
 * form's GET, so it works without JavaScript and keeps what the buyer already ticked).
 */
export function FacetFieldset({ view, legend, hint }: { view: FacetView; legend: string; hint?: string }) {
  const { t } = useTranslation("search");
  const { facet, shown, folded, left } = view;
  if (shown.length === 0) return null;
  // Three elements per option, styled by `.facet-options` (app/tailwind.css): the box sits inside its label.
  const renderOption = (o: FacetOption) => (
    <label key={o.value}>
      <input
        // Remount when the loader's state changes (e.g. "clear all") so the box follows the URL.
        key={String(o.checked)}
        type="checkbox"
        name={facet}
        value={o.value}
        defaultChecked={o.checked}
      />
      {o.label}
      <span>{o.count}</span>
    </label>
  );
  return (
    <fieldset id={`facet-${facet}`} className="border-t border-slate-200 pt-3">
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      <div className="facet-options mt-2 space-y-1.5">{shown.map(renderOption)}</div>
      {folded.length > 0 ? (
        <details className="mt-1.5">
          <summary className="cursor-pointer text-sm text-brand-800 underline">
            {t("showMore", { count: folded.length })}
          </summary>
          <div className="facet-options mt-1.5 space-y-1.5">{folded.map(renderOption)}</div>
        </details>
      ) : null}
      {left > 0 ? (
        <button
          type="submit"
          name="expand"
          value={facet}
          className="mt-1.5 cursor-pointer text-left text-sm text-brand-800 underline"
        >
          {t("showAll", { count: left, facet: legend })}
        </button>
      ) : null}
    </fieldset>
  );
}
