import { VERDICT_LABELS, type Verdict } from "~/domain/contracting";
import { usePick } from "./format";

const STYLE: Record<Verdict, { box: string; icon: string }> = {
  allowed: { box: "border-emerald-700 bg-emerald-50 text-emerald-900", icon: "✓" },
  conditional: { box: "border-amber-700 bg-amber-50 text-amber-950", icon: "?" },
  not_allowed: { box: "border-red-700 bg-red-50 text-red-900", icon: "✕" },
};

/** The verdict in words, with a distinct symbol and border: never conveyed by colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const pick = usePick();
  const style = STYLE[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${style.box}`}
      data-verdict={verdict}
    >
      <span aria-hidden="true" className="font-bold">
        {style.icon}
      </span>
      {pick(VERDICT_LABELS[verdict])}
    </span>
  );
}
