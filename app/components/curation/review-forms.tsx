import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "~/components/forms/text-field";
import { ReviewActionSchema, type ReviewIntent } from "./review-schema";

type Fields = { intent: string; message?: string; reason?: string };

const TONES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-red-800 text-white hover:bg-red-900",
} as const;

/**
 * One hub action as its own POST form (works without JavaScript). With JavaScript, required
 * messages are checked before sending; the server checks them again either way.
 */
export function ReviewActionForm({
  intent,
  lastResult,
  submitLabel,
  tone = "primary",
  text,
  hint,
}: {
  intent: ReviewIntent;
  lastResult?: SubmissionResult<string[]> | null;
  submitLabel: string;
  tone?: keyof typeof TONES;
  /** A text area for the message or reason this action carries. */
  text?: { name: "message" | "reason"; label: string; required: boolean };
  hint?: ReactNode;
}) {
  const navigation = useNavigation();
  const [form, fields] = useForm<Fields>({
    id: `action-${intent}`,
    lastResult,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ReviewActionSchema }),
  });
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") === intent;
  const field = text ? fields[text.name] : undefined;
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-3">
      <input type="hidden" name="intent" value={intent} />
      {form.errors?.length ? (
        <p role="alert" className="font-semibold text-red-800">
          {form.errors[0]}
        </p>
      ) : null}
      {text && field ? (
        <TextAreaField
          name={field.name}
          defaultValue={field.initialValue}
          id={`${intent}-${text.name}`}
          label={text.label}
          hint={hint}
          errors={field.errors}
          namespace="curation"
          rows={4}
          required={text.required}
        />
      ) : hint ? (
        <p className="text-sm text-slate-700">{hint}</p>
      ) : null}
      <button
        type="submit"
        disabled={busy}
        className={`rounded-md px-5 py-2.5 font-semibold disabled:opacity-60 ${TONES[tone]}`}
      >
        {submitLabel}
      </button>
    </Form>
  );
}

/** A banner saying what just happened (after the redirect that follows an action). */
export function DoneBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="mt-4 rounded-md border border-green-600 bg-green-50 p-3 font-medium text-green-900">
      {message}
    </p>
  );
}

export function ConflictBanner({ message }: { message?: string | null }) {
  const { t } = useTranslation("curation");
  if (!message) return null;
  return (
    <p role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
      {message || t("errors.conflict")}
    </p>
  );
}
