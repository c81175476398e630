import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthPage, FormAlert, linkClass, MessagePanel } from "~/components/account/account-ui";
import { SubmitButton, TextField } from "~/components/forms/text-field";
import { HoneypotField } from "~/components/honeypot-field";
import { ForgotPasswordSchema } from "~/domain/account/account-schemas";
import { checkLimits, retryAfterHeaders, rejectedAsSpam } from "~/lib/account-http.server";
import { getDb } from "~/lib/db.server";
import { isHoneypotFilled } from "~/lib/honeypot";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { clientKey } from "~/lib/rate-limit.server";
import { requestPasswordReset } from "~/models/account-flows.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  return { title: t("account:forgot.title") };
}

/** Always "if an account exists, we sent a link": the page never tells who has an account. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getFixedT(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: ForgotPasswordSchema });
  if (isHoneypotFilled(formData)) return rejectedAsSpam(submission, t);
  const limited = await checkLimits(submission, t, [
    ["resetPerIp", clientKey(context)],
    ["resetPerAccount", submission.status === "success" ? submission.value.email : undefined],
  ]);
  if (limited) return limited;
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  await requestPasswordReset(getDb(), submission.value.email, new URL(request.url).origin);
  return { sentTo: submission.value.email };
}

export const headers = retryAfterHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ForgotPasswordPage() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
  });
  if (actionData && "sentTo" in actionData) {
    return (
      <MessagePanel title={t("forgot.sentTitle")}>
        <p>{t("forgot.sentBody", { email: actionData.sentTo })}</p>
        <p>{t("signUp.sent.spam")}</p>
        <p>
          <Link to="/connexion" className={linkClass}>
            {t("forgot.backToLogin")}
          </Link>
        </p>
      </MessagePanel>
    );
  }
  return (
    <AuthPage title={t("forgot.title")} intro={t("forgot.intro")}>
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormAlert id={form.errorId} errors={form.errors} />
        <HoneypotField />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          required
          defaultValue={fields.email.initialValue}
          errors={fields.email.errors}
        />
        <div className="flex flex-wrap items-center justify-between gap-4">
          <SubmitButton disabled={navigation.state === "submitting"}>{t("forgot.submit")}</SubmitButton>
          <Link to="/connexion" className={linkClass}>
            {t("forgot.backToLogin")}
          </Link>
        </div>
      </Form>
    </AuthPage>
  );
}
