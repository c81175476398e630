import { useTranslation } from "react-i18next";
import {
  BUYER_OPTIONS,
  CONTRACT_NATURE_OPTIONS,
  FACT_QUESTIONS,
  SECTION_13_CASE_LABELS,
  SUPPLIER_STATUS_OPTIONS,
  TRI_STATE_LABELS,
  type ContractingAnswer,
  type Option,
  type Section13Case,
  type TriState,
} from "~/domain/contracting";
import { localized, useLocale } from "~/lib/locale";
import { formatLongDate, formatMoney, usePick } from "./format";
import { FACT_FIELDS } from "./procedure-schema";

type Named = { code: string; nameFr: string; nameEn: string };
export type InputNames = { region: Named | null; category: Named | null };

function optionLabel<Id extends string>(options: Option<Id>[], id: Id) {
  return options.find((o) => o.id === id)?.label;
}

/** What the buyer asked, as the answer understood it (after defaults). */
export function InputSummary({ answer, names }: { answer: ContractingAnswer; names: InputNames }) {
  const { t } = useTranslation("procedure");
  const locale = useLocale();
  const pick = usePick();
  const { input } = answer;
  const label = (text: { fr: string; en: string } | undefined) => (text ? pick(text) : "");
  const facts: { question: string; answer: string }[] = [];
  for (const fact of FACT_FIELDS) {
    if (input[fact] !== "unknown") {
      facts.push({ question: pick(FACT_QUESTIONS[fact]), answer: pick(TRI_STATE_LABELS[input[fact] as TriState]) });
    }
  }
  const s13 = input.lcopSection13Exception;
  if (s13 !== "unknown") {
    facts.push({
      question: pick(FACT_QUESTIONS.lcopSection13Exception),
      answer:
        s13 in SECTION_13_CASE_LABELS
          ? pick(SECTION_13_CASE_LABELS[s13 as Section13Case])
          : pick(TRI_STATE_LABELS[s13 as TriState]),
    });
  }
  const rows: [string, string][] = [
    [t("inputs.buyer"), label(optionLabel(BUYER_OPTIONS, input.buyer))],
    [t("inputs.supplierStatus"), label(optionLabel(SUPPLIER_STATUS_OPTIONS, input.supplierStatus))],
    [t("inputs.contractNature"), label(optionLabel(CONTRACT_NATURE_OPTIONS, input.contractNature))],
    [t("inputs.amount"), formatMoney(locale, input.amountCad)],
    [t("inputs.date"), formatLongDate(locale, answer.date)],
    [
      t("inputs.region"),
      names.region
        ? `${names.region.code} – ${localized(locale, names.region.nameFr, names.region.nameEn)}`
        : t("inputs.notGiven"),
    ],
    [
      t("inputs.category"),
      names.category ? localized(locale, names.category.nameFr, names.category.nameEn) : t("inputs.notGiven"),
    ],
  ];
  return (
    <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(10rem,18rem)_1fr]" data-testid="input-summary">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-700">{term}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
      {facts.map((f) => (
        <div key={f.question} className="contents">
          <dt className="text-slate-700">{f.question}</dt>
          <dd className="font-medium">{f.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
