import { useTranslation } from "react-i18next";
import { DATA_COVERAGE } from "~/domain/contracting";
import { useLocale } from "~/lib/locale";
import { procedure } from "~/locales/fr/procedure";
import { formatLongDate } from "./format";

type ErrorKey = Exclude<keyof typeof procedure.errors, `summaryTitle_${string}`>;

function isErrorKey(key: string): key is ErrorKey {
  return key in procedure.errors && !key.startsWith("summaryTitle");
}

/** Schema errors are keys of `procedure:errors`; the module's own problems arrive already localized. */
function useErrorText() {
  const { t } = useTranslation("procedure");
  const locale = useLocale();
  return (error: string) =>
    isErrorKey(error) ? t(`errors.${error}`, { from: formatLongDate(locale, DATA_COVERAGE.from) }) : error;
}

export function ErrorMessage({ id, errors }: { id: string; errors: string[] | undefined }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {text(errors[0]!)}
    </p>
  );
}

/** Lists the fields to fix, each linking to its control (shown after a server-side check). */
export function ErrorSummary({
  errors,
  fieldIds,
}: {
  errors: Record<string, string[]>;
  fieldIds: Record<string, string>;
}) {
  const { t } = useTranslation("procedure");
  const text = useErrorText();
  const entries = Object.entries(errors).filter(([, messages]) => messages.length > 0);
  if (entries.length === 0) return null;
  return (
    <div
      id="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="rounded-lg border-2 border-red-700 bg-red-50 p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-red-900">
        {t("errors.summaryTitle", { count: entries.length })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {entries.map(([name, messages]) => (
          <li key={name}>
            <a href={`#${fieldIds[name] ?? name}`} className="text-red-900 underline">
              {text(messages[0]!)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
