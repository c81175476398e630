import { useTranslation } from "react-i18next";
import type { AnswerWindow } from "~/domain/opportunities/answer-window";

const WINDOW_COLOURS: Record<AnswerWindow, string> = {
  open: "bg-green-100 text-green-900",
  deadline_passed: "bg-slate-200 text-slate-800",
  closed: "bg-slate-200 text-slate-800",
  cancelled: "bg-red-100 text-red-900",
};

/** Whether the need still takes answers (the words carry the meaning, not the colour). */
export function WindowBadge({ window }: { window: AnswerWindow }) {
  const { t } = useTranslation("opportunities");
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${WINDOW_COLOURS[window]}`}>
      {t(`window.${window}`)}
    </span>
  );
}

const RESPONSE_COLOURS = {
  none: "border border-amber-700 bg-amber-50 text-amber-900",
  interested: "bg-brand-100 text-brand-900",
  not_interested: "bg-slate-100 text-slate-800",
} as const;

/** The enterprise's answer so far. */
export function ResponseBadge({ response }: { response: "interested" | "not_interested" | null }) {
  const { t } = useTranslation("opportunities");
  const key = response ?? "none";
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${RESPONSE_COLOURS[key]}`}>
      {t(`status.${key}`)}
    </span>
  );
}

/** Reasons in words, already translated by the loader. */
export function ReasonList({ reasons, id }: { reasons: string[]; id?: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul id={id} className="mt-1 space-y-1 text-sm text-slate-800">
      {reasons.map((reason) => (
        <li key={reason} className="flex gap-2">
          <span aria-hidden="true" className="text-brand-700">
            ✓
          </span>
          <span>{reason}</span>
        </li>
      ))}
    </ul>
  );
}
