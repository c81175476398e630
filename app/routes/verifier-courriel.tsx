import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormAlert, linkClass, MessagePanel } from "~/components/account/account-ui";
import { SubmitButton } from "~/components/forms/text-field";
import { retryAfterHeaders } from "~/lib/account-http.server";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { hitLimit } from "~/lib/rate-limit.server";
import { getCurrentUser, requireUser } from "~/lib/session.server";
import { confirmEmail, findEmailVerification, resendVerification } from "~/models/account-flows.server";

/**
 * The emailed link opens this page; confirming is a POST (mail scanners that follow links must
 * not confirm anything). Without a token, it tells a signed-in user where their link went.
 */
type View =
  | { view: "confirm"; token: string; email: string }
  | { view: "invalid"; canResend: boolean; signedIn: boolean }
  | { view: "confirmed"; signedIn: boolean }
  | { view: "alreadyConfirmed" }
  | { view: "signIn" }
  | { view: "pending" | "resent"; email: string }
  | { view: "limited"; message: string; email: string };

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  const title = t("account:verify.title");
  const url = new URL(request.url);
  const user = await getCurrentUser(request);
  const token = url.searchParams.get("token");
  if (token !== null) {
    const found = findEmailVerification(getDb(), token);
    if (!found) return data({ title, ...invalid(user) }, { status: 400 });
    return { title, view: "confirm", token, email: found.user.email } satisfies View & { title: string };
  }
  if (url.searchParams.get("statut") === "confirme") return { title, view: "confirmed", signedIn: Boolean(user) };
  // Not a redirect: this loader also runs after a refused POST, whose answer must show.
  if (!user) return { title, view: "signIn" };
  if (user.actor.emailVerified) return { title, view: "alreadyConfirmed" };
  return { title, view: url.searchParams.get("statut") === "envoye" ? "resent" : "pending", email: user.email };
}

function invalid(user: Awaited<ReturnType<typeof getCurrentUser>>): View {
  return { view: "invalid", signedIn: Boolean(user), canResend: Boolean(user && !user.actor.emailVerified) };
}

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm"), token: z.string().max(200) }),
  z.object({ intent: z.literal("resend") }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const db = getDb();
  const parsed = ActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data(invalid(await getCurrentUser(request, db)), { status: 400 });
  if (parsed.data.intent === "confirm") {
    if (confirmEmail(db, parsed.data.token).status === "confirmed")
      return redirect("/verifier-courriel?statut=confirme");
    return data(invalid(await getCurrentUser(request, db)), { status: 400 });
  }
  const user = await requireUser(request, db);
  const limit = await hitLimit("verifyEmailPerAccount", String(user.id));
  if (!limit.ok) {
    const { t } = await getFixedT(request);
    const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
    return data(
      { view: "limited", message: t("forms:tooManyAttempts", { minutes }), email: user.email } satisfies View,
      {
        status: 429,
        headers: { "Retry-After": String(limit.retryAfterSeconds) },
      },
    );
  }
  const outcome = await resendVerification(db, user.id, new URL(request.url).origin);
  return redirect(outcome === "sent" ? "/verifier-courriel?statut=envoye" : "/verifier-courriel");
}

export const headers = retryAfterHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function VerifyEmailPage() {
  const loaderData = useLoaderData<typeof loader>() as View;
  const actionData = useActionData<typeof action>() as View | undefined;
  const page = actionData ?? loaderData;
  const { t } = useTranslation("account");
  const busy = useNavigation().state === "submitting";

  switch (page.view) {
    case "confirm":
      return (
        <MessagePanel title={t("verify.title")}>
          <p>{t("verify.confirmIntro", { email: page.email })}</p>
          <Form method="post">
            <input type="hidden" name="token" value={page.token} />
            <SubmitButton name="intent" value="confirm" disabled={busy}>
              {t("verify.confirm")}
            </SubmitButton>
          </Form>
        </MessagePanel>
      );
    case "confirmed":
      return (
        <MessagePanel title={t("verify.confirmedTitle")}>
          <p>{t("verify.confirmedBody")}</p>
          <p>
            <Link to={page.signedIn ? "/compte" : "/connexion"} className={linkClass}>
              {page.signedIn ? t("verify.toAccount") : t("verify.toLogin")}
            </Link>
          </p>
        </MessagePanel>
      );
    case "alreadyConfirmed":
      return (
        <MessagePanel title={t("verify.title")}>
          <p>{t("verify.alreadyConfirmed")}</p>
          <p>
            <Link to="/compte" className={linkClass}>
              {t("verify.toAccount")}
            </Link>
          </p>
        </MessagePanel>
      );
    case "signIn":
      return (
        <MessagePanel title={t("verify.title")}>
          <p>
            {t("verify.signInToSee")}{" "}
            <Link to={`/connexion?redirectTo=${encodeURIComponent("/verifier-courriel")}`} className={linkClass}>
              {t("verify.toLogin")}
            </Link>
          </p>
        </MessagePanel>
      );
    case "invalid":
      return (
        <MessagePanel title={t("verify.invalidTitle")}>
          <p>{t("verify.invalidBody")}</p>
          {page.canResend ? (
            <ResendForm busy={busy} />
          ) : !page.signedIn ? (
            <p>
              {t("verify.invalidSignedOut")}{" "}
              <Link to={`/connexion?redirectTo=${encodeURIComponent("/verifier-courriel")}`} className={linkClass}>
                {t("verify.toLogin")}
              </Link>
            </p>
          ) : null}
        </MessagePanel>
      );
    default:
      return (
        <MessagePanel title={t("verify.pendingTitle")}>
          {page.view === "limited" ? <FormAlert errors={[page.message]} /> : null}
          <p>
            {page.view === "resent"
              ? t("verify.resent", { email: page.email })
              : t("verify.pendingBody", { email: page.email })}
          </p>
          <p>{t("signUp.sent.spam")}</p>
          <ResendForm busy={busy} />
        </MessagePanel>
      );
  }
}

function ResendForm({ busy }: { busy: boolean }) {
  const { t } = useTranslation("account");
  return (
    <Form method="post" action="/verifier-courriel">
      <button
        type="submit"
        name="intent"
        value="resend"
        disabled={busy}
        className="rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
      >
        {t("verify.resend")}
      </button>
    </Form>
  );
}
