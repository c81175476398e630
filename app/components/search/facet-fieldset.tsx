import { useTranslation } from "react-i18next";
import type { Facet } from "~/search/types";

export type FacetOption = { value: string; label: string; count: number; checked: boolean };

const VISIBLE = 8;

/** One facet as checkboxes with counts; the options past the first few fold into a disclosure. */
export function FacetFieldset({
  facet,
  legend,
  hint,
  options,
}: {
  facet: Facet;
  legend: string;
  hint?: string;
  options: FacetOption[];
}) {
  const { t } = useTranslation("search");
  if (options.length === 0) return null;
  const visible = options.slice(0, VISIBLE);
  const hidden = options.slice(VISIBLE);
  const renderOption = (o: FacetOption) => {
    const id = `f-${facet}-${o.value}`;
    return (
      <li key={o.value} className="flex items-start gap-2">
        <input
          // Remount when the loader's state changes (e.g. "clear all") so the box follows the URL.
          key={String(o.checked)}
          id={id}
          type="checkbox"
          name={facet}
          value={o.value}
          defaultChecked={o.checked}
          className="mt-1 size-4 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="flex w-full justify-between gap-2 text-sm">
          <span>{o.label}</span>
          <span className="shrink-0 tabular-nums text-slate-600">{o.count}</span>
        </label>
      </li>
    );
  };
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      <ul className="mt-2 space-y-1.5">{visible.map(renderOption)}</ul>
      {hidden.length > 0 ? (
        <details className="mt-1.5" open={hidden.some((o) => o.checked)}>
          <summary className="cursor-pointer text-sm text-brand-800 underline">
            {t("showMore", { count: hidden.length })}
          </summary>
          <ul className="mt-1.5 space-y-1.5">{hidden.map(renderOption)}</ul>
        </details>
      ) : null}
    </fieldset>
  );
}
