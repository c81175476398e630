import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NewPasswordFields } from "~/components/account/new-password-fields";
import { formatDateTime, FormAlert, linkClass, Notice, SelectField } from "~/components/account/account-ui";
import { SubmitButton, TextField } from "~/components/forms/text-field";
import { ChangePasswordSchema, LOCALES, ProfileSchema } from "~/domain/account/account-schemas";
import { describeUserAgent } from "~/domain/account/user-agent";
import { isAdmin } from "~/domain/authz";
import { checkLimits, retryAfterHeaders, PASSWORD_FIELDS } from "~/lib/account-http.server";
import { getDb } from "~/lib/db.server";
import { getFixedT, localeCookie } from "~/lib/i18n.server";
import { localized, useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { destroyAllSessions, requireUser, sessionCookie } from "~/lib/session.server";
import { changePassword } from "~/models/account-flows.server";
import { getBuyerOrganization, listUserSessions, updateProfile } from "~/models/users.server";

const DONE = ["profil", "mot-de-passe", "mot-de-passe-reinitialise", "sessions"] as const;
type Done = (typeof DONE)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const db = getDb();
  const url = new URL(request.url);
  const done = url.searchParams.get("fait");
  const org = user.actor.buyerOrganizationId ? getBuyerOrganization(db, user.actor.buyerOrganizationId) : undefined;
  return {
    title: t("account:settings.title"),
    profile: {
      displayName: user.displayName,
      email: user.email,
      locale: user.locale,
      emailVerified: user.actor.emailVerified,
      roles: [...user.actor.roles].sort(),
      organization: org ? { name: org.name, regionFr: org.regionFr, regionEn: org.regionEn } : null,
    },
    // Session ids are secrets: the page gets only what a person needs to recognise a device.
    sessions: listUserSessions(db, user.id).map((s) => ({
      current: s.id === user.sessionId,
      createdAt: s.createdAt.toISOString(),
      device: describeUserAgent(s.userAgent),
    })),
    isAdmin: isAdmin(user.actor),
    done: DONE.includes(done as Done) ? (done as Done) : null,
    closed: Math.max(0, Math.min(999, Number(url.searchParams.get("n")) || 0)),
  };
}

type ActionData = { intent: "profile" | "password"; result: SubmissionResult<string[]> } | { intent: "invalid" };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const db = getDb();
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "profile") {
    const submission = parseWithZod(formData, { schema: ProfileSchema });
    if (submission.status !== "success")
      return data({ intent, result: submission.reply() } satisfies ActionData, { status: 400 });
    updateProfile(db, user.id, submission.value);
    return redirect("/compte?fait=profil", {
      headers: { "Set-Cookie": await localeCookie.serialize(submission.value.locale) },
    });
  }

  if (intent === "password") {
    const submission = parseWithZod(formData, { schema: ChangePasswordSchema });
    if (submission.status !== "success")
      return data({ intent, result: submission.reply({ hideFields: PASSWORD_FIELDS }) } satisfies ActionData, {
        status: 400,
      });
    // Someone at an unattended session must not be able to guess the password at leisure.
    const limited = await checkLimits(submission, t, [["loginPerAccount", user.email]]);
    if (limited) return data({ intent, result: limited.data.result } satisfies ActionData, limited.init ?? {});
    const outcome = await changePassword(db, {
      userId: user.id,
      currentPassword: submission.value.currentPassword,
      newPassword: submission.value.newPassword,
      keepSessionId: user.sessionId,
    });
    if (outcome === "wrong_password") {
      const result = submission.reply({
        fieldErrors: { currentPassword: ["settings.password.wrongCurrent"] },
        hideFields: PASSWORD_FIELDS,
      });
      return data({ intent, result } satisfies ActionData, { status: 400 });
    }
    return redirect("/compte?fait=mot-de-passe");
  }

  if (intent === "signOutOthers") {
    const closed = destroyAllSessions(db, user.id, user.sessionId);
    return redirect(`/compte?fait=sessions&n=${closed}`);
  }

  if (intent === "signOutAll") {
    destroyAllSessions(db, user.id);
    return redirect("/connexion", { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
  }

  return data({ intent: "invalid" } satisfies ActionData, { status: 400 });
}

export const headers = retryAfterHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function AccountPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const notice = {
    profil: t("settings.profile.saved"),
    "mot-de-passe": t("settings.password.changed"),
    "mot-de-passe-reinitialise": t("settings.password.changed"),
    sessions: t("settings.sessions.signedOutOthers", { count: page.closed }),
  };
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("settings.title")}</h1>
      {page.done ? (
        <div className="mt-6">
          <Notice>{notice[page.done]}</Notice>
        </div>
      ) : null}
      <div className="mt-8 space-y-8">
        <ProfileSection />
        <PasswordSection />
        <SessionsSection />
        {page.isAdmin ? (
          <p>
            <Link to="/admin/courriels" className={linkClass}>
              {t("settings.adminOutbox")}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-5 sm:p-6">
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function useIntentResult(intent: "profile" | "password") {
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  return actionData?.intent === intent ? actionData.result : undefined;
}

function ProfileSection() {
  const { profile } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const locale = useLocale();
  const busy = useNavigation().formData?.get("intent") === "profile";
  const [form, fields] = useForm({
    id: "profile",
    lastResult: useIntentResult("profile"),
    defaultValue: { displayName: profile.displayName, locale: profile.locale },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
  });
  const roles = profile.roles.map((r) => t(`settings.roles.${r}`)).join(", ");
  return (
    <Section id="profile-title" title={t("settings.profile.title")}>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{t("settings.email.title")}</dt>
        <dd className="break-all">
          {profile.email}{" "}
          <span
            className={`ml-1 inline-block rounded px-2 py-0.5 text-sm font-medium ${profile.emailVerified ? "bg-brand-100 text-brand-900" : "bg-amber-100 text-amber-900"}`}
          >
            {profile.emailVerified ? t("settings.email.verified") : t("settings.email.unverified")}
          </span>
        </dd>
        {roles ? (
          <>
            <dt className="font-medium text-slate-700">{t("settings.accountType")}</dt>
            <dd>{roles}</dd>
          </>
        ) : null}
        {profile.organization ? (
          <>
            <dt className="font-medium text-slate-700">{t("settings.organization")}</dt>
            <dd>
              {profile.organization.name}
              {profile.organization.regionFr
                ? ` (${localized(locale, profile.organization.regionFr, profile.organization.regionEn)})`
                : null}
            </dd>
          </>
        ) : null}
      </dl>
      <Form method="post" {...getFormProps(form)} className="mt-6 space-y-5">
        <TextField
          name="displayName"
          label={t("fields.displayName")}
          hint={t("fields.displayNameHint")}
          autoComplete="name"
          required
          maxLength={80}
          defaultValue={fields.displayName.initialValue}
          errors={fields.displayName.errors}
        />
        <SelectField
          name="locale"
          label={t("fields.locale")}
          hint={t("fields.localeHint")}
          defaultValue={fields.locale.initialValue}
          errors={fields.locale.errors}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`fields.locales.${l}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton name="intent" value="profile" disabled={busy}>
          {t("settings.profile.save")}
        </SubmitButton>
      </Form>
    </Section>
  );
}

function PasswordSection() {
  const { profile } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const busy = useNavigation().formData?.get("intent") === "password";
  const [form, fields] = useForm({
    id: "password",
    lastResult: useIntentResult("password"),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
  });
  return (
    <Section id="password-title" title={t("settings.password.title")}>
      <Form method="post" {...getFormProps(form)} className="space-y-5">
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="username" autoComplete="username" value={profile.email} />
        <TextField
          name="currentPassword"
          type="password"
          label={t("settings.password.current")}
          autoComplete="current-password"
          required
          errors={fields.currentPassword.errors}
          namespace="account"
        />
        <NewPasswordFields
          name="newPassword"
          confirmName="newPasswordConfirm"
          label={t("settings.password.new")}
          confirmLabel={t("settings.password.confirm")}
          errors={fields.newPassword.errors}
          confirmErrors={fields.newPasswordConfirm.errors}
        />
        <SubmitButton name="intent" value="password" disabled={busy}>
          {t("settings.password.submit")}
        </SubmitButton>
      </Form>
    </Section>
  );
}

function SessionsSection() {
  const { sessions } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  const locale = useLocale();
  const hasOthers = sessions.some((s) => !s.current);
  return (
    <Section id="sessions-title" title={t("settings.sessions.title")}>
      <p className="text-slate-700">{t("settings.sessions.intro")}</p>
      <ul className="mt-4 divide-y divide-slate-200 rounded-md border border-slate-200">
        {sessions.map((s, i) => (
          <li key={i} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <span className="font-medium">{s.device ?? t("settings.sessions.unknownDevice")}</span>
            <span className="text-sm text-slate-700">
              {t("settings.sessions.opened", { date: formatDateTime(locale, s.createdAt) })}
              {s.current ? (
                <span className="ml-2 rounded bg-brand-100 px-2 py-0.5 font-medium text-brand-900">
                  {t("settings.sessions.thisDevice")}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {!hasOthers ? <p className="mt-3 text-sm text-slate-700">{t("settings.sessions.noOthers")}</p> : null}
      <div className="mt-5 flex flex-wrap items-start gap-4">
        {hasOthers ? (
          <Form method="post">
            <SubmitButton name="intent" value="signOutOthers">
              {t("settings.sessions.signOutOthers")}
            </SubmitButton>
          </Form>
        ) : null}
        <Form method="post">
          <button
            type="submit"
            name="intent"
            value="signOutAll"
            aria-describedby="sign-out-all-hint"
            className="rounded-md border border-slate-500 px-5 py-2.5 font-semibold text-slate-900 hover:bg-slate-100"
          >
            {t("settings.sessions.signOutAll")}
          </button>
          <p id="sign-out-all-hint" className="mt-1 text-sm text-slate-700">
            {t("settings.sessions.signOutAllHint")}
          </p>
        </Form>
      </div>
    </Section>
  );
}
