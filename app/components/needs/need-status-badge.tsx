import { useTranslation } from "react-i18next";
import type { NEED_STATUSES } from "#db/schema/needs";

const STYLE: Record<(typeof NEED_STATUSES)[number], string> = {
  draft: "border-slate-500 bg-slate-50 text-slate-800",
  published: "border-emerald-700 bg-emerald-50 text-emerald-900",
  closed: "border-brand-700 bg-brand-50 text-brand-900",
  cancelled: "border-red-700 bg-red-50 text-red-900",
};

/** The need's status in words, in a bordered badge (never by colour alone). */
export function NeedStatusBadge({ status }: { status: (typeof NEED_STATUSES)[number] }) {
  const { t } = useTranslation("needs");
  return (
    <span
      className={`inline-block rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${STYLE[status]}`}
      data-status={status}
    >
      {t(`status.${status}`)}
    </span>
  );
}
