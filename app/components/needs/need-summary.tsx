import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatLongDate, formatMoney, usePick } from "~/components/procedure/format";
import { CONTRACT_NATURE_OPTIONS } from "~/domain/contracting";
import { useLocale } from "~/lib/locale";
import type { NeedDetail } from "~/routes/besoins.detail.server";

/** What the buyer described: amounts, delivery, timeline, categories (chosen or suggested), questions, contact. */
export function NeedSummary({ page }: { page: NeedDetail }) {
  const { t } = useTranslation("needs");
  const locale = useLocale();
  const pick = usePick();
  const { need } = page;
  const nature = CONTRACT_NATURE_OPTIONS.find((o) => o.id === need.contractNature);
  const amount =
    need.amountCad !== null
      ? formatMoney(locale, need.amountCad)
      : need.amountBand && need.effectiveAmount !== null
        ? t("detail.summary.amountBand", {
            band: t(`amountBand.${need.amountBand}`),
            amount: formatMoney(locale, need.effectiveAmount),
          })
        : t("detail.summary.noAmount");
  const delivery = [
    ...page.delivery.regions.map((r) => r.name),
    ...(page.delivery.municipality ? [t("detail.summary.municipality", page.delivery.municipality)] : []),
  ];
  const dates = [
    need.startsOn ? t("detail.summary.starts", { date: formatLongDate(locale, need.startsOn) }) : null,
    need.endsOn ? t("detail.summary.ends", { date: formatLongDate(locale, need.endsOn) }) : null,
  ].filter(Boolean);
  return (
    <div className="mt-3 space-y-5">
      <div>
        <h3 className="sr-only">{t("detail.summary.description")}</h3>
        <p className="max-w-3xl whitespace-pre-line text-slate-900">{need.description}</p>
      </div>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">
        <Row label={t("detail.summary.kind")}>{t(`kind.${need.kind}`)}</Row>
        <Row label={t("detail.summary.nature")}>{nature ? pick(nature.label) : need.contractNature}</Row>
        <Row label={t("detail.summary.amount")}>{amount}</Row>
        <Row label={t("detail.summary.delivery")}>{delivery.join(" · ")}</Row>
        <Row label={t("detail.summary.dates")}>{dates.length > 0 ? dates.join(" · ") : t("detail.summary.none")}</Row>
        <Row label={t("detail.summary.deadline")}>
          {need.responseDeadline ? formatLongDate(locale, need.responseDeadline) : t("detail.summary.none")}
        </Row>
        <Row label={t("detail.summary.categories")}>
          {page.categories.length > 0 ? (
            <ul className="flex flex-wrap gap-2">
              {page.categories.map((c) => (
                <li key={c.code} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm text-brand-900">
                  {c.name}
                </li>
              ))}
            </ul>
          ) : page.suggestedCategories.length > 0 ? (
            <div data-testid="suggested-categories">
              <p className="font-medium">{t("detail.summary.suggested")}</p>
              <ul className="mt-1 flex flex-wrap gap-2">
                {page.suggestedCategories.map((c) => (
                  <li
                    key={c.code}
                    className="rounded-full border border-dashed border-brand-700 px-2.5 py-0.5 text-sm text-brand-900"
                  >
                    {c.name}
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-sm text-slate-700">{t("detail.summary.suggestedHint")}</p>
            </div>
          ) : (
            <p className="text-slate-700">{t("detail.summary.noCategories")}</p>
          )}
        </Row>
        <Row label={t("detail.summary.questions")}>
          {need.questions.length > 0 ? (
            <ol className="list-decimal space-y-1 pl-5">
              {need.questions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ol>
          ) : (
            t("detail.summary.noQuestions")
          )}
        </Row>
        <Row label={t("detail.summary.contact")}>
          <p>{t(`contactVisibility.${need.contactVisibility}`)}</p>
          {need.contactName || need.contactEmail || need.contactPhone ? (
            <p className="text-slate-800">
              {[need.contactName, need.contactEmail, need.contactPhone].filter(Boolean).join(" · ")}
            </p>
          ) : (
            <p className="text-slate-700">{t("detail.summary.noContact")}</p>
          )}
        </Row>
        <Row label={t("detail.summary.visibility")}>
          {need.isPublic ? t("detail.summary.isPublic") : t("detail.summary.isPrivate")}
        </Row>
      </dl>
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
