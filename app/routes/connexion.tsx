import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthPage, FormAlert, linkClass } from "~/components/account/account-ui";
import { SubmitButton, TextField } from "~/components/forms/text-field";
import { HoneypotField } from "~/components/honeypot-field";
import { LoginSchema } from "~/domain/account/account-schemas";
import { checkLimits, retryAfterHeaders, PASSWORD_FIELDS, rejectedAsSpam } from "~/lib/account-http.server";
import { getDb } from "~/lib/db.server";
import { isHoneypotFilled } from "~/lib/honeypot";
import { getFixedT, localeCookie } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { clientKey, resetLimit } from "~/lib/rate-limit.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { createUserSession, destroySession, getCurrentUser } from "~/lib/session.server";
import { verifyLogin } from "~/models/users.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "");
  if (await getCurrentUser(request)) throw redirect(redirectTo || "/compte");
  const { t } = await getFixedT(request);
  return { title: t("account:login.title"), redirectTo };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getFixedT(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: LoginSchema });
  if (isHoneypotFilled(formData)) return rejectedAsSpam(submission, t);
  const email = submission.status === "success" ? submission.value.email : undefined;
  const limited = await checkLimits(submission, t, [
    ["loginPerIp", clientKey(context)],
    ["loginPerAccount", email],
  ]);
  if (limited) return limited;
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: PASSWORD_FIELDS }) }, { status: 400 });

  const db = getDb();
  const user = await verifyLogin(db, submission.value.email, submission.value.password);
  if (!user) {
    return data(
      { result: submission.reply({ formErrors: ["login.invalidCredentials"], hideFields: PASSWORD_FIELDS }) },
      { status: 400 },
    );
  }
  await resetLimit("loginPerAccount", submission.value.email);
  // A session id that existed before login is dropped, so it can't be planted and reused.
  await destroySession(db, request);
  const headers = new Headers();
  headers.append("Set-Cookie", await createUserSession(db, user.id, request));
  headers.append("Set-Cookie", await localeCookie.serialize(user.locale));
  return redirect(safeRedirectPath(submission.value.redirectTo), { headers });
}

export const headers = retryAfterHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function LoginPage() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "login",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
  });
  return (
    <AuthPage title={t("login.title")} intro={t("login.intro")}>
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormAlert id={form.errorId} errors={form.errors} />
        <HoneypotField />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          required
          defaultValue={fields.email.initialValue}
          errors={fields.email.errors}
        />
        <TextField
          name="password"
          type="password"
          label={t("fields.password")}
          autoComplete="current-password"
          required
          errors={fields.password.errors}
        />
        <div className="flex flex-wrap items-center justify-between gap-4">
          <SubmitButton disabled={navigation.state === "submitting"}>{t("login.submit")}</SubmitButton>
          <Link to="/mot-de-passe-oublie" className={linkClass}>
            {t("login.forgot")}
          </Link>
        </div>
      </Form>
      <p className="mt-10 border-t border-slate-200 pt-6 text-slate-800">
        {t("login.noAccount")}{" "}
        <Link to="/inscription" className={linkClass}>
          {t("login.signUpLink")}
        </Link>
      </p>
    </AuthPage>
  );
}
