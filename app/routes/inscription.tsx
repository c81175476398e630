import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "~/components/account/new-password-fields";
import { AuthPage, FormAlert, linkClass, MessagePanel, SelectField } from "~/components/account/account-ui";
import { FieldError } from "~/components/forms/field-error";
import { SubmitButton, TextField } from "~/components/forms/text-field";
import { HoneypotField } from "~/components/honeypot-field";
import {
  ACCOUNT_TYPES,
  BUYER_ORGANIZATION_TYPES,
  LOCALES,
  NEW_ORGANIZATION,
  SignUpSchema,
} from "~/domain/account/account-schemas";
import { checkLimits, retryAfterHeaders, PASSWORD_FIELDS, rejectedAsSpam } from "~/lib/account-http.server";
import { getDb } from "~/lib/db.server";
import { isHoneypotFilled } from "~/lib/honeypot";
import { getFixedT, localeCookie } from "~/lib/i18n.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { clientKey } from "~/lib/rate-limit.server";
import { createUserSession, getCurrentUser } from "~/lib/session.server";
import { signUp } from "~/models/account-flows.server";
import { listBuyerOrganizations, listRegionChoices } from "~/models/users.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getCurrentUser(request)) throw redirect("/compte");
  const { t } = await getFixedT(request);
  const db = getDb();
  return {
    title: t("account:signUp.title"),
    organizations: listBuyerOrganizations(db),
    regions: listRegionChoices(db),
  };
}

/**
 * A new address gets an account, a confirmation link and a session; an address that already has
 * an account gets an email saying so. The page says "check your email" in both cases.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getFixedT(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: SignUpSchema });
  if (isHoneypotFilled(formData)) return rejectedAsSpam(submission, t);
  const limited = await checkLimits(submission, t, [["signupPerIp", clientKey(context)]]);
  if (limited) return limited;
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });

  const db = getDb();
  const outcome = await signUp(db, submission.value, { origin: new URL(request.url).origin });
  if (outcome.status === "invalid") {
    return data(
      { result: submission.reply({ fieldErrors: outcome.fieldErrors, hideFields: PASSWORD_FIELDS }) },
      { status: 400 },
    );
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await localeCookie.serialize(submission.value.locale));
  if (outcome.status === "created") headers.append("Set-Cookie", await createUserSession(db, outcome.user.id, request));
  return data({ sentTo: submission.value.email }, { headers });
}

export const headers = retryAfterHeaders;

// After signing up the visitor is signed in: re-running this loader would send them to their
// account before they read "check your email". The root loader still runs (the header updates).
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod === "POST" ? false : defaultShouldRevalidate;

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function SignUpPage() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  if (actionData && "sentTo" in actionData) {
    return (
      <MessagePanel title={t("signUp.sent.title")}>
        <p>{t("signUp.sent.body", { email: actionData.sentTo })}</p>
        <p>{t("signUp.sent.spam")}</p>
        <p>
          <Link to="/" className={linkClass}>
            {t("signUp.sent.home")}
          </Link>
        </p>
      </MessagePanel>
    );
  }
  return <SignUpForm lastResult={actionData?.result} />;
}

function SignUpForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { organizations, regions } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const locale = useLocale();
  const navigation = useNavigation();
  const hydrated = useHydrated();
  const [form, fields] = useForm({
    id: "sign-up",
    lastResult,
    defaultValue: { locale },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignUpSchema }),
  });
  // Without JavaScript every field shows; with it, only those that apply to the choices made.
  const showBuyer = !hydrated || fields.accountType.value === "buyer";
  const showNewOrganization = !hydrated || fields.buyerOrganizationId.value === NEW_ORGANIZATION;

  return (
    <AuthPage title={t("signUp.title")} intro={t("signUp.intro")}>
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        <FormAlert id={form.errorId} errors={form.errors} />
        <HoneypotField />
        <fieldset aria-describedby={fields.accountType.errors ? "accountType-error" : undefined}>
          <legend className="font-medium">{t("signUp.accountType")}</legend>
          <div className="mt-2 space-y-3">
            {ACCOUNT_TYPES.map((type, i) => (
              <div
                key={type}
                className="flex gap-3 rounded-md border border-slate-300 p-3 has-checked:border-brand-700 has-checked:bg-brand-50"
              >
                <input
                  type="radio"
                  id={i === 0 ? "accountType" : `accountType-${type}`}
                  name="accountType"
                  value={type}
                  defaultChecked={fields.accountType.initialValue === type}
                  aria-describedby={`accountType-${type}-hint`}
                  className="mt-1 size-4 accent-brand-700"
                  required
                />
                <div>
                  <label htmlFor={i === 0 ? "accountType" : `accountType-${type}`} className="font-medium">
                    {t(`signUp.types.${type}`)}
                  </label>
                  <p id={`accountType-${type}-hint`} className="text-sm text-slate-600">
                    {t(`signUp.typeHints.${type}`)}
                  </p>
                </div>
              </div>
            ))}
          </div>
          <FieldError id="accountType-error" errors={fields.accountType.errors} namespace="account" />
        </fieldset>

        {showBuyer ? (
          <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
            <legend className="px-1 font-medium">{t("signUp.organization.legend")}</legend>
            {!hydrated ? <p className="text-sm text-slate-600">{t("signUp.organization.hint")}</p> : null}
            <SelectField
              name="buyerOrganizationId"
              label={t("signUp.organization.select")}
              defaultValue={fields.buyerOrganizationId.initialValue ?? ""}
              errors={fields.buyerOrganizationId.errors}
            >
              <option value="">{t("signUp.organization.choose")}</option>
              {organizations.map((o) => (
                <option key={o.id} value={String(o.id)}>
                  {o.name}
                </option>
              ))}
              <option value={NEW_ORGANIZATION}>{t("signUp.organization.notListed")}</option>
            </SelectField>
            {showNewOrganization ? (
              <fieldset className="space-y-4">
                <legend className="text-sm font-semibold text-slate-700">{t("signUp.organization.newLegend")}</legend>
                <TextField
                  name="organizationName"
                  label={t("signUp.organization.name")}
                  autoComplete="organization"
                  maxLength={200}
                  defaultValue={fields.organizationName.initialValue}
                  errors={fields.organizationName.errors}
                  namespace="account"
                />
                <SelectField
                  name="organizationType"
                  label={t("signUp.organization.type")}
                  defaultValue={fields.organizationType.initialValue ?? ""}
                  errors={fields.organizationType.errors}
                >
                  <option value="">{t("signUp.organization.chooseOption")}</option>
                  {BUYER_ORGANIZATION_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`signUp.organizationTypes.${type}`)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  name="organizationRegion"
                  label={t("signUp.organization.region")}
                  defaultValue={fields.organizationRegion.initialValue ?? ""}
                  errors={fields.organizationRegion.errors}
                >
                  <option value="">{t("signUp.organization.chooseOption")}</option>
                  {regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {`${r.code} – ${localized(locale, r.nameFr, r.nameEn)}`}
                    </option>
                  ))}
                </SelectField>
              </fieldset>
            ) : null}
          </fieldset>
        ) : null}

        <TextField
          name="displayName"
          label={t("fields.displayName")}
          hint={t("fields.displayNameHint")}
          autoComplete="name"
          required
          maxLength={80}
          defaultValue={fields.displayName.initialValue}
          errors={fields.displayName.errors}
          namespace="account"
        />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          required
          defaultValue={fields.email.initialValue}
          errors={fields.email.errors}
        />
        <NewPasswordFields
          name="password"
          confirmName="passwordConfirm"
          label={t("fields.password")}
          confirmLabel={t("fields.passwordConfirm")}
          errors={fields.password.errors}
          confirmErrors={fields.passwordConfirm.errors}
        />
        <SelectField
          name="locale"
          label={t("fields.locale")}
          hint={t("fields.localeHint")}
          defaultValue={fields.locale.initialValue ?? locale}
          errors={fields.locale.errors}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`fields.locales.${l}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton disabled={navigation.state === "submitting"}>{t("signUp.submit")}</SubmitButton>
      </Form>
      <p className="mt-10 border-t border-slate-200 pt-6 text-slate-800">
        {t("signUp.haveAccount")}{" "}
        <Link to="/connexion" className={linkClass}>
          {t("signUp.loginLink")}
        </Link>
      </p>
    </AuthPage>
  );
}
