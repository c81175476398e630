import type { SubmissionResult } from "@conform-to/react";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * Validation messages are keys of the `forms` namespace (or of `namespace` when given); an
 * unknown key is shown as is (a server message already localized).
 */
export function useFormMessage(namespace: string = "forms") {
  const { t, i18n } = useTranslation();
  return (message: string, vars?: Record<string, unknown>) => {
    if (i18n.exists(`${namespace}:${message}`))
      return (t as unknown as (k: string, v?: Record<string, unknown>) => string)(`${namespace}:${message}`, vars);
    if (i18n.exists(`forms:${message}`))
      return (t as unknown as (k: string, v?: Record<string, unknown>) => string)(`forms:${message}`, vars);
    return message;
  };
}

export function FieldError({ id, errors, namespace }: { id: string; errors?: string[]; namespace?: string }) {
  const text = useFormMessage(namespace);
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {text(errors[0]!)}
    </p>
  );
}

/** Lists the fields to fix after a server-side check, each linking to its control. */
export function ErrorSummary({
  errors,
  labels,
  namespace,
}: {
  errors: Record<string, string[] | null | undefined> | undefined;
  labels: Record<string, string>;
  namespace?: string;
}) {
  const { t } = useTranslation("forms");
  const text = useFormMessage(namespace);
  const entries = Object.entries(errors ?? {}).filter((e): e is [string, string[]] => Boolean(e[1]?.length));
  if (entries.length === 0) return null;
  return (
    <div role="alert" tabIndex={-1} className="rounded-lg border-2 border-red-700 bg-red-50 p-4">
      <p className="font-bold text-red-900">{t("errorSummary")}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {entries.map(([name, messages]) => (
          <li key={name}>
            {name && labels[name] ? (
              <a href={`#${name}`} className="text-red-900 underline">
                {labels[name]} : {text(messages[0]!)}
              </a>
            ) : (
              <span className="text-red-900">{text(messages[0]!)}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The summary of what the server refused in a conform form: the fields with errors after a
 * submission (not while typing), focused when it appears so keyboard and screen-reader
 * users land on it. `labels` names each field for its link; `mapErrors` may reword them.
 */
export function ServerErrorSummary({
  lastResult,
  allErrors,
  labels,
  namespace,
  mapErrors,
}: {
  lastResult: SubmissionResult<string[]> | null | undefined;
  allErrors: Record<string, string[]>;
  labels: (name: string) => string | undefined;
  namespace?: string;
  mapErrors?: (name: string, errors: string[]) => string[];
}) {
  const errors = useMemo(() => {
    if (!lastResult?.error) return {};
    return Object.fromEntries(
      Object.entries(allErrors)
        .filter(([name, messages]) => name !== "" && messages.length > 0)
        .map(([name, messages]) => [name, mapErrors ? mapErrors(name, messages) : messages]),
    );
  }, [lastResult, allErrors, mapErrors]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (lastResult?.error && Object.keys(lastResult.error).length > 0)
      ref.current?.querySelector<HTMLElement>("[role=alert]")?.focus();
  }, [lastResult]);
  const names: Record<string, string> = {};
  for (const name of Object.keys(errors)) {
    const label = labels(name);
    if (label) names[name] = label;
  }
  return (
    <div ref={ref}>
      <ErrorSummary errors={errors} labels={names} namespace={namespace} />
    </div>
  );
}
