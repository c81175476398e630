import { useTranslation } from "react-i18next";
import type { DisplayValue, Named } from "~/domain/curation/field-display";
import { localized, useLocale } from "~/lib/locale";
import { formatDate, formatMoney } from "./format";

/** One listing value in words (names for codes, dates, offerings), in the reader's language. */
export function FieldValue({ value }: { value: DisplayValue }) {
  const { t } = useTranslation("curation");
  const locale = useLocale();
  const name = (n: Named) => localized(locale, n.fr, n.en);
  switch (value.kind) {
    case "empty":
      return <span className="italic text-slate-600">{t("value.empty")}</span>;
    case "text":
      return value.long ? (
        <span className="whitespace-pre-line break-words">{value.text}</span>
      ) : (
        <span className="break-words">{value.text}</span>
      );
    case "number":
      return <span>{value.unit === "percent" ? t("value.percent", { value: value.value }) : value.value}</span>;
    case "bool":
      return <span>{value.value ? t("value.yes") : t("value.no")}</span>;
    case "date":
      return <time dateTime={value.iso}>{formatDate(locale, value.iso)}</time>;
    case "enum": {
      const text = (t as unknown as (k: string, o: { defaultValue: string }) => string)(value.key, {
        defaultValue: value.code,
      });
      return <span>{text}</span>;
    }
    case "names":
      return value.items.length === 1 ? (
        <span>{name(value.items[0]!)}</span>
      ) : (
        <ul className="list-disc space-y-0.5 pl-5">
          {value.items.map((item, i) => (
            <li key={i}>{name(item)}</li>
          ))}
        </ul>
      );
    case "offerings":
      return (
        <ul className="space-y-2">
          {value.items.map((o, i) => {
            const price =
              o.priceMinCad !== undefined && o.priceMaxCad !== undefined
                ? t("value.price", { min: formatMoney(locale, o.priceMinCad), max: formatMoney(locale, o.priceMaxCad) })
                : o.priceMinCad !== undefined
                  ? t("value.priceFrom", { min: formatMoney(locale, o.priceMinCad) })
                  : o.priceMaxCad !== undefined
                    ? t("value.priceUpTo", { max: formatMoney(locale, o.priceMaxCad) })
                    : null;
            return (
              <li key={i}>
                <span className="font-medium">{name(o.name)}</span>
                <span className="text-slate-700"> · {name(o.category)}</span>
                {price ? (
                  <span className="text-slate-700">
                    {" · "}
                    {price}
                    {o.unit ? ` (${name(o.unit)})` : null}
                  </span>
                ) : null}
                {o.description ? <p className="text-sm text-slate-700">{name(o.description)}</p> : null}
              </li>
            );
          })}
        </ul>
      );
    case "raw":
      return <code className="break-all text-sm">{value.text}</code>;
  }
}

/** The label of a listing field (falls back to its technical name for a field added later). */
export function useFieldLabel() {
  const { t, i18n } = useTranslation("curation");
  return (field: string) =>
    i18n.exists(`curation:fields.${field}`) ? (t as unknown as (k: string) => string)(`fields.${field}`) : field;
}
