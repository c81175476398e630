import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatLongDate, formatMoney, usePick } from "~/components/procedure/format";
import { VerdictBadge } from "~/components/procedure/verdict-badge";
import {
  BUYER_OPTIONS,
  CONTRACT_NATURE_OPTIONS,
  ROUTE_IDS,
  ROUTE_LABELS,
  SUPPLIER_STATUS_OPTIONS,
} from "~/domain/contracting";
import type { NeedRouteContext, RouteTableInput, RouteTableRow } from "~/domain/needs/route-table";
import { useLocale } from "~/lib/locale";

/**
 * The contracting-route answer for the need, one row per supplier status and one column per
 * route, each row linking to the wizard's full answer (conditions, reasons, law articles).
 */
export function RouteTable({
  state,
  input,
  amountFromBand,
  rows,
}: {
  state: NeedRouteContext["state"];
  input: RouteTableInput | null;
  amountFromBand: boolean;
  rows: RouteTableRow[];
}) {
  const { t } = useTranslation("needs");
  const pick = usePick();
  const locale = useLocale();
  if (state !== "ready" || !input) {
    return (
      <p className="mt-3 rounded-md border border-amber-700 bg-amber-50 p-4">
        {state === "no_regime" ? t("detail.routes.noRegime") : t("detail.routes.noAmount")}
      </p>
    );
  }
  const label = <T extends { id: string }>(options: (T & { label: { fr: string; en: string } })[], id: string) =>
    pick(options.find((o) => o.id === id)?.label ?? { fr: id, en: id });
  return (
    <>
      <p className="mt-2 text-slate-800">
        {t("detail.routes.intro", {
          buyer: label(BUYER_OPTIONS, input.buyer),
          nature: label(CONTRACT_NATURE_OPTIONS, input.contractNature).toLocaleLowerCase(
            locale === "fr" ? "fr-CA" : "en-CA",
          ),
          amount: formatMoney(locale, input.amountCad),
          date: formatLongDate(locale, input.date),
        })}
      </p>
      {amountFromBand ? <p className="mt-1 text-sm text-slate-700">{t("detail.routes.fromBand")}</p> : null}
      <RouteCards rows={rows} />
      <div className="mt-4 hidden overflow-x-auto rounded-lg border border-slate-300 md:block">
        <table className="w-full border-collapse text-sm" data-testid="route-table">
          <caption id="route-table-caption" className="sr-only">
            {t("detail.routes.caption")}
          </caption>
          <thead className="bg-slate-50 text-left">
            <tr>
              <th scope="col" className="p-3 font-semibold">
                {t("detail.routes.status")}
              </th>
              {ROUTE_IDS.map((id) => (
                <th key={id} scope="col" className="p-3 font-semibold">
                  {pick(ROUTE_LABELS[id])}
                </th>
              ))}
              <th scope="col" className="p-3 font-semibold">
                <span className="sr-only">{t("detail.routes.details")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const status = label(SUPPLIER_STATUS_OPTIONS, row.status);
              return (
                <tr key={row.status} className="border-t border-slate-200" data-status={row.status}>
                  <th scope="row" className="p-3 text-left font-medium">
                    {status}
                  </th>
                  {ROUTE_IDS.map((id) => (
                    <td key={id} className="p-3" data-route={id}>
                      <VerdictBadge verdict={row.verdicts[id]} />
                    </td>
                  ))}
                  <td className="p-3">
                    <Link
                      to={`/procedure?${row.procedureQuery}#reponse`}
                      className="whitespace-nowrap text-brand-800 underline"
                      aria-label={t("detail.routes.detailsFor", { status })}
                    >
                      {t("detail.routes.details")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-slate-700">{t("detail.routes.disclaimer")}</p>
    </>
  );
}

/** On a phone, the same answer as one card per status (a 5-column table does not fit). */
function RouteCards({ rows }: { rows: RouteTableRow[] }) {
  const { t } = useTranslation("needs");
  const pick = usePick();
  return (
    <ul className="mt-4 space-y-3 md:hidden">
      {rows.map((row) => {
        const status = pick(SUPPLIER_STATUS_OPTIONS.find((o) => o.id === row.status)!.label);
        return (
          <li key={row.status} className="rounded-lg border border-slate-300 p-3">
            <h3 className="font-semibold">{status}</h3>
            <dl className="mt-2 space-y-2 text-sm">
              {ROUTE_IDS.map((id) => (
                <div key={id} className="flex flex-wrap items-center justify-between gap-2">
                  <dt>{pick(ROUTE_LABELS[id])}</dt>
                  <dd>
                    <VerdictBadge verdict={row.verdicts[id]} />
                  </dd>
                </div>
              ))}
            </dl>
            <Link
              to={`/procedure?${row.procedureQuery}#reponse`}
              className="mt-2 inline-block text-sm text-brand-800 underline"
              aria-label={t("detail.routes.detailsFor", { status })}
            >
              {t("detail.routes.details")}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
