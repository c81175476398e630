import { useTranslation } from "react-i18next";
import { formatCad, formatIsoDate } from "~/domain/opportunities/format";
import type { ContactView } from "~/domain/opportunities/contact";
import { useLocale } from "~/lib/locale";

type Facts = {
  organization: { name: string; type: string };
  kind: string;
  contractNature: string;
  amountCad: number | null;
  amountBand: string | null;
  regions: string[];
  deliveryMunicipality: string | null;
  startsOn: string | null;
  endsOn: string | null;
  responseDeadline: string | null;
  categories: string[];
};

/** The need at a glance: who buys what, where, when and for about how much. */
export function NeedFacts({ need }: { need: Facts }) {
  const { t } = useTranslation("opportunities");
  const locale = useLocale();
  const date = (iso: string) => formatIsoDate(locale, iso);
  const amount =
    need.amountCad !== null
      ? formatCad(locale, need.amountCad)
      : need.amountBand
        ? t(`amountBands.${need.amountBand as "lt_25k"}`)
        : t("detail.amountUnknown");
  const period =
    need.startsOn && need.endsOn
      ? t("detail.periodFromTo", { from: date(need.startsOn), to: date(need.endsOn) })
      : need.startsOn
        ? t("detail.periodFrom", { from: date(need.startsOn) })
        : need.endsOn
          ? t("detail.periodTo", { to: date(need.endsOn) })
          : null;
  const delivery = [need.deliveryMunicipality, need.regions.join(", ")].filter(Boolean).join(" · ");
  const rows: [string, string][] = [
    [
      t("detail.buyer"),
      `${need.organization.name} (${t(`organizationTypes.${need.organization.type as "ministry"}`)})`,
    ],
    [t("detail.kind"), t(`kinds.${need.kind as "market_sounding"}`)],
    [t("detail.nature"), t(`natures.${need.contractNature as "supply"}`)],
    [t("detail.amount"), amount],
    [t("detail.delivery"), delivery],
    ...(period ? ([[t("detail.period"), period]] as [string, string][]) : []),
    [t("detail.deadline"), need.responseDeadline ? date(need.responseDeadline) : t("list.noDeadline")],
    ...(need.categories.length > 0
      ? ([[t("detail.categories"), need.categories.join(", ")]] as [string, string][])
      : []),
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The buyer's contact, or why it is not shown to this enterprise. */
export function ContactBlock({ contact }: { contact: ContactView }) {
  const { t } = useTranslation("opportunities");
  const colon = useLocale() === "fr" ? " : " : ": ";
  if (contact.kind === "on_request") return <p className="text-slate-700">{t("detail.contactOnRequest")}</p>;
  if (contact.kind === "matched_only") return <p className="text-slate-700">{t("detail.contactMatchedOnly")}</p>;
  if (contact.kind === "none") return <p className="text-slate-700">{t("detail.contactNone")}</p>;
  return (
    <ul className="space-y-1 text-slate-900">
      {contact.name ? <li className="font-medium">{contact.name}</li> : null}
      {contact.email ? (
        <li>
          {t("detail.email")}
          {colon}
          <a href={`mailto:${contact.email}`} className="text-brand-800 underline">
            {contact.email}
          </a>
        </li>
      ) : null}
      {contact.phone ? (
        <li>
          {t("detail.phone")}
          {colon}
          <a href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`} className="text-brand-800 underline">
            {contact.phone}
          </a>
        </li>
      ) : null}
    </ul>
  );
}
