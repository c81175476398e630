import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FrequencySelect } from "~/components/alerts/frequency-select";
import { SubmitButton, TextField } from "~/components/forms/text-field";
import { MAX_SAVED_SEARCH_NAME } from "~/domain/alerts/saved-search-schema";

/**
 * "Save this search" for signed-in buyers: folded by default so the directory stays about
 * results; posts the current query string to /recherches, which validates it again.
 */
export function SaveSearchForm({ search, defaultName }: { search: string; defaultName: string }) {
  const { t } = useTranslation("alerts");
  return (
    <details className="group rounded-lg border border-brand-100 bg-brand-50 px-4 py-2 sm:max-w-sm print:hidden">
      <summary className="cursor-pointer py-1 font-semibold text-brand-900">
        <span aria-hidden="true">☆ </span>
        {t("save.heading")}
      </summary>
      <Form method="post" action="/recherches" className="mt-2 space-y-3 pb-2">
        <p className="text-sm text-slate-700">{t("save.intro")}</p>
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="query" value={search} />
        <TextField
          id="save-search-name"
          name="name"
          label={t("save.name")}
          hint={t("save.nameHint")}
          defaultValue={defaultName}
          maxLength={MAX_SAVED_SEARCH_NAME}
          required
          autoComplete="off"
        />
        <FrequencySelect id="save-search-frequency" label={t("save.frequency")} />
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton>{t("save.submit")}</SubmitButton>
          <Link to="/recherches" className="text-sm text-brand-800 underline">
            {t("save.manage")}
          </Link>
        </div>
      </Form>
    </details>
  );
}
