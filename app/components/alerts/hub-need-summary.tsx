import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/components/curation/format";
import { formatLongDate, formatMoney } from "~/components/procedure/format";
import { CONTRACT_NATURE_OPTIONS } from "~/domain/contracting";
import type { AMOUNT_BANDS, NEED_KINDS } from "#db/schema/needs";
import { localized, useLocale } from "~/lib/locale";

export type HubNeedView = {
  description: string;
  kind: (typeof NEED_KINDS)[number];
  contractNature: string;
  amountCad: number | null;
  amountBand: (typeof AMOUNT_BANDS)[number] | null;
  startsOn: string | null;
  endsOn: string | null;
  responseDeadline: string | null;
  publishedAt: number | null;
  organizationName: string;
  categories: string[];
  suggestedCategories: string[];
  municipality: string | null;
};

/** What the buyer asked for, as a curator needs it to think of an enterprise (no contact details). */
export function HubNeedSummary({
  need,
  deliveryRegions,
  answers,
}: {
  need: HubNeedView;
  deliveryRegions: string[];
  answers: { total: number; interested: number };
}) {
  const { t } = useTranslation(["alerts", "needs"]);
  const locale = useLocale();
  const nature = CONTRACT_NATURE_OPTIONS.find((o) => o.id === need.contractNature);
  const none = t("hubNeeds.need.notSpecified");
  const dates = [
    need.startsOn ? t("hubNeeds.need.startsOn", { date: formatLongDate(locale, need.startsOn) }) : null,
    need.endsOn ? t("hubNeeds.need.endsOn", { date: formatLongDate(locale, need.endsOn) }) : null,
  ].filter(Boolean);
  return (
    <div className="mt-3 space-y-4">
      <p className="text-slate-700">
        {need.organizationName}
        {need.publishedAt ? ` · ${t("hubNeeds.publishedOn", { date: formatDate(locale, need.publishedAt) })}` : null}
        {" · "}
        {answers.total > 0
          ? t("hubNeeds.answers", { count: answers.total, interested: answers.interested })
          : t("hubNeeds.noAnswers")}
      </p>
      <div>
        <h2 className="sr-only">{t("hubNeeds.need.description")}</h2>
        <p className="max-w-3xl whitespace-pre-line break-words">{need.description}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,auto)_1fr]">
        <Row label={t("hubNeeds.need.kind")}>{t(`needs:kind.${need.kind}`)}</Row>
        <Row label={t("hubNeeds.need.nature")}>
          {nature ? localized(locale, nature.label.fr, nature.label.en) : need.contractNature}
        </Row>
        <Row label={t("hubNeeds.need.amount")}>
          {need.amountCad !== null
            ? formatMoney(locale, need.amountCad)
            : need.amountBand
              ? t(`needs:amountBand.${need.amountBand}`)
              : none}
        </Row>
        <Row label={t("hubNeeds.regions")}>
          {[...deliveryRegions, ...(need.municipality ? [need.municipality] : [])].join(" · ")}
        </Row>
        <Row label={t("hubNeeds.need.timeline")}>{dates.length > 0 ? dates.join(" · ") : none}</Row>
        <Row label={t("hubNeeds.need.deadline")}>
          {need.responseDeadline ? formatLongDate(locale, need.responseDeadline) : none}
        </Row>
        <Row label={t("hubNeeds.need.categories")}>
          {need.categories.length > 0
            ? need.categories.join(", ")
            : need.suggestedCategories.length > 0
              ? `${need.suggestedCategories.join(", ")} ${t("hubNeeds.need.suggested")}`
              : none}
        </Row>
      </dl>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{children}</dd>
    </>
  );
}
