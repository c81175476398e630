import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FieldError, useFormMessage } from "~/components/forms/field-error";
import { SubmitButton, TextAreaField } from "~/components/forms/text-field";
import {
  answerSchema,
  DECLINE_REASONS,
  DETAIL_MAX,
  MESSAGE_MAX,
  MESSAGE_MIN,
  ANSWER_MAX,
} from "~/domain/opportunities/answer-schema";

type Response = {
  interest: "interested" | "not_interested";
  message: string | null;
  answers: string[];
  reason: string | null;
} | null;

export type AnswerResult = { intent: "interested" | "not_interested"; result: SubmissionResult<string[]> };

/** Form-level refusals (deadline passed while the page was open), announced above the fields. */
function FormErrors({ errors, id }: { errors?: string[]; id: string }) {
  const text = useFormMessage("opportunities");
  if (!errors?.length) return null;
  return (
    <div id={id} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {errors.map((m) => (
        <p key={m}>{text(m)}</p>
      ))}
    </div>
  );
}

/**
 * "Interested" (a message and one answer per question) or "not interested" (a reason from a
 * short list and free text): two plain forms, so both work without JavaScript.
 */
export function AnswerForms({
  questions,
  enterpriseId,
  response,
  lastResult,
}: {
  questions: string[];
  enterpriseId: number;
  response: Response;
  lastResult?: AnswerResult;
}) {
  const { t } = useTranslation("opportunities");
  const schema = useMemo(() => answerSchema(questions.length), [questions.length]);
  const busy = useNavigation().state === "submitting";
  const interested = response?.interest === "interested" ? response : null;
  const declined = response?.interest === "not_interested" ? response : null;

  const [form, fields] = useForm({
    id: "interested",
    lastResult: lastResult?.intent === "interested" ? lastResult.result : undefined,
    defaultValue: {
      message: interested?.message ?? "",
      answers: questions.map((_, i) => interested?.answers[i] ?? ""),
    },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const [declineForm, declineFields] = useForm({
    id: "decline",
    lastResult: lastResult?.intent === "not_interested" ? lastResult.result : undefined,
    defaultValue: { reason: declined?.reason ?? "", detail: declined?.message ?? "" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const answerFields = fields.answers.getFieldList();
  const declineOpen = Boolean(declined) || lastResult?.intent === "not_interested";

  return (
    <div className="space-y-6">
      <section aria-labelledby="interested-title" className="rounded-lg border border-brand-600 p-4 sm:p-5">
        <h3 id="interested-title" className="text-lg font-semibold text-slate-900">
          {t("answer.interestedTitle")}
        </h3>
        <p className="mt-1 text-sm text-slate-700">{t("answer.interestedHint")}</p>
        <Form method="post" {...getFormProps(form)} className="mt-4 space-y-4">
          {/* A tampered intent or enterprise has no field of its own: report it with the form. */}
          <FormErrors
            errors={[...(form.errors ?? []), ...(form.allErrors.intent ?? []), ...(form.allErrors.enterpriseId ?? [])]}
            id={form.errorId}
          />
          <input type="hidden" name="intent" value="interested" />
          <input type="hidden" name="enterpriseId" value={enterpriseId} />
          <TextAreaField
            id={fields.message.id}
            name={fields.message.name}
            label={t("answer.message")}
            hint={t("answer.messageHint", { min: MESSAGE_MIN, max: MESSAGE_MAX })}
            defaultValue={fields.message.initialValue}
            errors={fields.message.errors}
            namespace="opportunities"
            rows={6}
            maxLength={MESSAGE_MAX}
            required
          />
          {questions.map((question, i) => {
            const field = answerFields[i];
            return (
              <TextAreaField
                key={question + i}
                id={`answer-${i}`}
                name={`answers[${i}]`}
                label={t("answer.question", { n: i + 1, question })}
                defaultValue={field?.initialValue ?? ""}
                errors={field?.errors}
                namespace="opportunities"
                rows={3}
                maxLength={ANSWER_MAX}
                required
              />
            );
          })}
          <FieldError id={fields.answers.errorId} errors={fields.answers.errors} namespace="opportunities" />
          <SubmitButton disabled={busy}>
            {interested ? t("answer.updateInterested") : t("answer.submitInterested")}
          </SubmitButton>
        </Form>
      </section>

      <details open={declineOpen} className="rounded-lg border border-slate-300 p-4 sm:p-5">
        <summary className="cursor-pointer text-lg font-semibold text-slate-900">{t("answer.declineTitle")}</summary>
        <p className="mt-2 text-sm text-slate-700">{t("answer.declineHint")}</p>
        <Form method="post" {...getFormProps(declineForm)} className="mt-4 space-y-4">
          <FormErrors
            errors={[
              ...(declineForm.errors ?? []),
              ...(declineForm.allErrors.intent ?? []),
              ...(declineForm.allErrors.enterpriseId ?? []),
            ]}
            id={declineForm.errorId}
          />
          <input type="hidden" name="intent" value="not_interested" />
          <input type="hidden" name="enterpriseId" value={enterpriseId} />
          <div>
            <label htmlFor={declineFields.reason.id} className="block font-medium">
              {t("answer.reason")}
            </label>
            <select
              id={declineFields.reason.id}
              name={declineFields.reason.name}
              defaultValue={declineFields.reason.initialValue}
              aria-invalid={declineFields.reason.errors ? true : undefined}
              aria-describedby={declineFields.reason.errors ? declineFields.reason.errorId : undefined}
              required
              className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${declineFields.reason.errors ? "border-red-700" : "border-slate-400"}`}
            >
              <option value="">{t("answer.chooseReason")}</option>
              {DECLINE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`declineReasons.${r}`)}
                </option>
              ))}
            </select>
            <FieldError
              id={declineFields.reason.errorId}
              errors={declineFields.reason.errors}
              namespace="opportunities"
            />
          </div>
          <TextAreaField
            id={declineFields.detail.id}
            name={declineFields.detail.name}
            label={t("answer.detail")}
            defaultValue={declineFields.detail.initialValue}
            errors={declineFields.detail.errors}
            namespace="opportunities"
            rows={3}
            maxLength={DETAIL_MAX}
          />
          <button
            type="submit"
            disabled={busy}
            className="rounded-md border border-slate-500 bg-white px-5 py-2.5 font-semibold text-slate-900 hover:bg-slate-100 disabled:opacity-60"
          >
            {t("answer.submitDecline")}
          </button>
        </Form>
      </details>
    </div>
  );
}
