import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "~/components/account/new-password-fields";
import { AuthPage, FormAlert, linkClass, MessagePanel } from "~/components/account/account-ui";
import { SubmitButton } from "~/components/forms/text-field";
import { ResetPasswordSchema } from "~/domain/account/account-schemas";
import { PASSWORD_FIELDS } from "~/lib/account-http.server";
import { getDb } from "~/lib/db.server";
import { getFixedT, localeCookie } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { createUserSession } from "~/lib/session.server";
import { findResetVerification, resetPassword } from "~/models/account-flows.server";
import { getUser } from "~/models/users.server";

/** The emailed link shows the form (GET changes nothing); the POST uses the link up. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  const title = t("account:reset.title");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const verification = findResetVerification(getDb(), token);
  if (!verification) return data({ title, valid: false as const }, { status: 400 });
  return { title, valid: true as const, token, email: verification.email };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: ResetPasswordSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });
  const db = getDb();
  const outcome = await resetPassword(db, submission.value.token, submission.value.password);
  if (outcome.status === "invalid") return data({ invalid: true as const }, { status: 400 });
  const headers = new Headers();
  headers.append("Set-Cookie", await createUserSession(db, outcome.userId, request));
  const user = getUser(db, outcome.userId);
  if (user) headers.append("Set-Cookie", await localeCookie.serialize(user.locale));
  return redirect("/compte?fait=mot-de-passe-reinitialise", { headers });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ResetPasswordPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult: actionData && "result" in actionData ? actionData.result : undefined,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
  });
  if (!page.valid || (actionData && "invalid" in actionData)) {
    return (
      <MessagePanel title={t("reset.invalidTitle")}>
        <p>{t("reset.invalidBody")}</p>
        <p>
          <Link to="/mot-de-passe-oublie" className={linkClass}>
            {t("reset.askAgain")}
          </Link>
        </p>
      </MessagePanel>
    );
  }
  return (
    <AuthPage title={t("reset.title")} intro={t("reset.intro", { email: page.email })}>
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="token" value={page.token} />
        {/* Lets password managers save the new password under the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={page.email} />
        <NewPasswordFields
          name="password"
          confirmName="passwordConfirm"
          label={t("reset.newPassword")}
          confirmLabel={t("fields.passwordConfirm")}
          errors={fields.password.errors}
          confirmErrors={fields.passwordConfirm.errors}
        />
        <SubmitButton disabled={navigation.state === "submitting"}>{t("reset.submit")}</SubmitButton>
      </Form>
    </AuthPage>
  );
}
