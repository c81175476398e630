import { useTranslation } from "react-i18next";

const STYLE = {
  interested: { box: "border-emerald-700 bg-emerald-50 text-emerald-900", icon: "✓" },
  not_interested: { box: "border-slate-600 bg-slate-50 text-slate-800", icon: "✕" },
  none: { box: "border-slate-400 bg-white text-slate-700", icon: "…" },
} as const;

/** An enterprise's answer in words with a symbol (never by colour alone). */
export function InterestBadge({ interest }: { interest: "interested" | "not_interested" | null }) {
  const { t } = useTranslation("needs");
  const key = interest ?? "none";
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLE[key].box}`}
      data-interest={key}
    >
      <span aria-hidden="true">{STYLE[key].icon}</span>
      {t(`detail.interest.${key}`)}
    </span>
  );
}
