import { FormNamespace } from "~/components/forms/conform-fields";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PURCHASE_ROUTES } from "#db/schema/needs";
import { formatDate } from "~/components/curation/format";
import { ServerErrorSummary } from "~/components/forms/field-error";
import { SubmitButton } from "~/components/forms/text-field";
import { formatLongDate, formatMoney } from "~/components/procedure/format";
import { createOutcomeSchema, OTHER_SUPPLIER } from "~/domain/needs/outcome-schema";
import { useLocale } from "~/lib/locale";
import type { PurchaseView } from "~/models/need-views.server";
import { NAMESPACE, Select, Text } from "./need-fields";

type Choice = { id: number; name: string };

/** What was bought from whom (once recorded), or the form that records it and closes the need. */
export function OutcomeSection({
  status,
  purchases,
  choices,
  today,
  justRecorded,
  lastResult,
}: {
  status: "draft" | "published" | "closed" | "cancelled";
  justRecorded: boolean;
  purchases: PurchaseView[];
  choices: { shortlist: Choice[]; others: Choice[] };
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation("needs");
  if (purchases.length > 0)
    return (
      <>
        {justRecorded ? (
          <p role="status" className="mt-3 font-semibold text-emerald-900">
            <span aria-hidden="true">✓ </span>
            {t("detail.flash.outcome")}
          </p>
        ) : null}
        <Recorded purchases={purchases} />
      </>
    );
  if (status === "draft") return <p className="mt-2 text-slate-700">{t("detail.outcome.notYet")}</p>;
  if (status === "cancelled") return <p className="mt-2 text-slate-700">{t("detail.outcome.cancelled")}</p>;
  return <OutcomeForm choices={choices} today={today} lastResult={lastResult} />;
}

function Recorded({ purchases }: { purchases: PurchaseView[] }) {
  const { t } = useTranslation("needs");
  const locale = useLocale();
  return (
    <ul className="mt-3 space-y-3" data-testid="outcome">
      {purchases.map((p) => (
        <li key={p.id} className="rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4">
          <p className="text-lg font-semibold">
            {t("detail.outcome.recorded")}{" "}
            {p.enterpriseId && p.slug ? (
              <Link to={`/entreprises/${p.slug}`} className="text-brand-800 underline">
                {p.supplierName}
              </Link>
            ) : (
              p.supplierName
            )}
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-slate-700">{t("detail.outcome.amount")}</dt>
            <dd className="font-semibold">{formatMoney(locale, p.amountCad)}</dd>
            <dt className="text-slate-700">{t("detail.outcome.route")}</dt>
            <dd className="font-semibold">{t(`outcome.routes.${p.route}`)}</dd>
            <dt className="text-slate-700">{t("detail.outcome.date")}</dt>
            <dd className="font-semibold">{formatLongDate(locale, p.awardedOn)}</dd>
          </dl>
          {p.recordedBy ? (
            <p className="mt-2 text-sm text-slate-700">
              {t("detail.outcome.recordedBy", { name: p.recordedBy, date: formatDate(locale, p.createdAt) })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function OutcomeForm({
  choices,
  today,
  lastResult,
}: {
  choices: { shortlist: Choice[]; others: Choice[] };
  today: string;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation("needs");
  const schema = useMemo(
    () => createOutcomeSchema({ candidateIds: [...choices.shortlist, ...choices.others].map((c) => c.id), today }),
    [choices, today],
  );
  const [form, fields] = useForm({
    id: "outcome-form",
    lastResult,
    defaultValue: { awardedOn: today },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const labels: Record<string, string> = {
    awardee: t("outcome.awardee"),
    supplierName: t("outcome.supplierName"),
    amountCad: t("outcome.amountCad"),
    route: t("outcome.route"),
    awardedOn: t("outcome.awardedOn"),
  };
  return (
    <FormNamespace value="needs">
      <Form
        method="post"
        {...getFormProps(form)}
        className="mt-4 space-y-5 rounded-lg border border-slate-300 bg-white p-4 sm:p-6"
      >
        <input type="hidden" name="intent" value="outcome" />
        <p className="text-slate-800">{t("detail.outcome.intro")}</p>
        <ServerErrorSummary
          lastResult={lastResult}
          allErrors={form.allErrors}
          labels={(name) => labels[name]}
          namespace={NAMESPACE}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <Select meta={fields.awardee} label={t("outcome.awardee")} hint={t("outcome.awardeeHint")} required>
            <option value="">{t("outcome.choose")}</option>
            {choices.shortlist.length > 0 ? (
              <optgroup label={t("outcome.groupShortlist")}>
                {choices.shortlist.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {choices.others.length > 0 ? (
              <optgroup label={t("outcome.groupOthers")}>
                {choices.others.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value={OTHER_SUPPLIER}>{t("outcome.other")}</option>
          </Select>
          <Text
            meta={fields.supplierName}
            label={t("outcome.supplierName")}
            hint={t("outcome.supplierNameHint")}
            maxLength={200}
          />
          <Text
            meta={fields.amountCad}
            label={t("outcome.amountCad")}
            hint={t("outcome.amountHint")}
            inputMode="decimal"
            required
          />
          <Select meta={fields.route} label={t("outcome.route")} required>
            <option value="">{t("outcome.routeChoose")}</option>
            {PURCHASE_ROUTES.map((r) => (
              <option key={r} value={r}>
                {t(`outcome.routes.${r}`)}
              </option>
            ))}
          </Select>
          <Text meta={fields.awardedOn} label={t("outcome.awardedOn")} type="date" max={today} required />
        </div>
        <SubmitButton>{t("outcome.submit")}</SubmitButton>
      </Form>
    </FormNamespace>
  );
}
