import { getFormProps, useForm } from "@conform-to/react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFormMessage } from "~/components/forms/field-error";
import { SubmitButton, TextField } from "~/components/forms/text-field";
import { MAX_SAVED_SEARCH_NAME } from "~/domain/alerts/saved-search-schema";
import type { SaveSearchActionData } from "~/routes/recherches";
import { FrequencySelect } from "./frequency-select";

/**
 * What went wrong when saving a search (usually from the directory page): the message, and
 * the form again with what the buyer typed so nothing is lost.
 */
export function RetrySaveSearch({ actionData }: { actionData: SaveSearchActionData }) {
  const { t } = useTranslation("alerts");
  const text = useFormMessage("alerts");
  const [form, fields] = useForm<{ intent: string; id: string; name: string; frequency: string; query: string }>({
    id: "retry-save-search",
    lastResult: actionData.result,
  });
  const formErrors = [...(form.errors ?? []), ...(fields.intent.errors ?? []), ...(fields.id.errors ?? [])];
  const otherErrors = actionData.intent === "other" ? [...formErrors, ...(fields.frequency.errors ?? [])] : formErrors;
  // A full list or a duplicate is not fixed by typing again; an invalid query is fixed in the directory.
  const canRetry = actionData.intent === "create" && !actionData.problem;
  return (
    <section aria-labelledby="retry-heading" className="mt-6 rounded-lg border-2 border-red-700 bg-red-50 p-4 sm:p-5">
      <h2 id="retry-heading" className="text-lg font-bold text-red-900">
        {actionData.intent === "create" ? t("savedSearches.retryHeading") : t("errors.badIntent")}
      </h2>
      <div role="alert">
        {actionData.problem ? <p className="mt-2 font-semibold text-red-900">{actionData.problem}</p> : null}
        {actionData.queryProblems.length > 0 ? (
          <ul className="mt-2 list-disc pl-5 text-sm text-red-900">
            {actionData.queryProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        {otherErrors.length > 0 ? <p className="mt-2 font-semibold text-red-900">{text(otherErrors[0]!)}</p> : null}
      </div>
      {canRetry ? (
        <Form method="post" {...getFormProps(form)} className="mt-4 space-y-3">
          <input type="hidden" name="intent" value="create" />
          <input type="hidden" name="query" value={actionData.query} />
          <TextField
            id="retry-name"
            name="name"
            label={t("save.name")}
            hint={t("save.nameHint")}
            defaultValue={(fields.name.initialValue as string | undefined) ?? ""}
            errors={fields.name.errors}
            namespace="alerts"
            maxLength={MAX_SAVED_SEARCH_NAME}
            required
          />
          <FrequencySelect
            id="retry-frequency"
            label={t("save.frequency")}
            defaultValue={(fields.frequency.initialValue as string | undefined) ?? "weekly"}
            errors={fields.frequency.errors}
          />
          <SubmitButton>{t("save.submit")}</SubmitButton>
        </Form>
      ) : actionData.queryProblems.length > 0 ? (
        <p className="mt-3">
          <Link to="/repertoire" className="font-semibold text-brand-800 underline">
            {t("savedSearches.toDirectory")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
