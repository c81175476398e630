import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { localized, useLocale } from "~/lib/locale";
import type { Competition } from "~/models/competition.server";

/** The "healthy competition" question: how many published non-profits and coops serve the region. */
export function CompetitionPanel({
  competition,
  headingLevel = 3,
}: {
  competition: Competition | null;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("procedure");
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section id="concurrence" aria-labelledby="competition-heading" className="rounded-lg border border-slate-300 p-4">
      <Heading id="competition-heading" className="text-lg font-bold">
        {t("competition.heading")}
      </Heading>
      {competition ? (
        <CompetitionCount competition={competition} locale={locale} />
      ) : (
        <p className="mt-2 text-slate-700">{t("competition.askRegion")}</p>
      )}
    </section>
  );
}

function CompetitionCount({ competition, locale }: { competition: Competition; locale: "fr" | "en" }) {
  const { t } = useTranslation("procedure");
  const region = localized(locale, competition.region.nameFr, competition.region.nameEn);
  const count = competition.total;
  const sentence = competition.category
    ? t("competition.countInCategory", {
        count,
        region,
        category: localized(locale, competition.category.nameFr, competition.category.nameEn),
      })
    : t("competition.count", { count, region });
  return (
    <>
      <p className="mt-2 font-medium" data-testid="competition-count" data-count={count}>
        {sentence}
      </p>
      <ul aria-label={t("competition.byStatus")} className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800">
        <li>{t("competition.obnl", { count: competition.byStatus.obnl })}</li>
        <li>{t("competition.cooperative", { count: competition.byStatus.cooperative })}</li>
      </ul>
      {count < 2 ? <p className="mt-2 text-sm font-medium text-amber-950">{t("competition.fewSuppliers")}</p> : null}
      <p className="mt-2 text-sm text-slate-700">{t("competition.notExhaustive")}</p>
      <p className="no-print mt-3">
        <Link to={competition.directoryHref} className="font-medium text-brand-800 underline">
          {t("competition.directoryLink")}
        </Link>
      </p>
    </>
  );
}
