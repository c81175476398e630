import { useTranslation } from "react-i18next";
import type { ListingStatus } from "#db/schema";

const COLOURS: Record<ListingStatus, string> = {
  candidate: "bg-violet-100 text-violet-900",
  draft: "bg-slate-100 text-slate-800",
  submitted: "bg-amber-100 text-amber-900",
  changes_requested: "bg-orange-100 text-orange-900",
  rejected: "bg-red-100 text-red-900",
  published: "bg-green-100 text-green-900",
  archived: "bg-slate-200 text-slate-800",
};

/** A listing's status as a coloured label (the text carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: ListingStatus }) {
  const { t } = useTranslation("directory");
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${COLOURS[status]}`}>
      {t(`listingStatus.${status}`)}
    </span>
  );
}
