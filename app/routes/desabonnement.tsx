import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MessagePanel, Notice } from "~/components/account/account-ui";
import { SubmitButton } from "~/components/forms/text-field";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { findByUnsubscribeToken, unsubscribeByToken } from "~/models/notification-prefs.server";

/**
 * The link every notification email carries: it works without signing in (the token is the
 * key), and nothing changes on GET — mail scanners open links; only the button unsubscribes.
 */

async function readToken(request: Request, token: FormDataEntryValue | string | null) {
  const { t } = await getFixedT(request);
  if (typeof token !== "string" || token === "")
    throw data({ message: t("notifications:unsubscribe.invalid") }, { status: 400 });
  const prefs = findByUnsubscribeToken(getDb(), token);
  if (!prefs) throw data({ message: t("notifications:unsubscribe.invalid") }, { status: 404 });
  return { prefs, t, token };
}

/** Enough of the address for its owner to recognise it, not enough to harvest it. */
function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${"•".repeat(Math.max(2, Math.min(6, local.length - 1)))}@${domain}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { prefs, t, token } = await readToken(request, url.searchParams.get("token"));
  return {
    title: t("notifications:unsubscribe.title"),
    token,
    email: maskEmail(prefs.email),
    frequency: prefs.emailFrequency,
    done: url.searchParams.get("fait") === "1",
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const { token } = await readToken(request, form.get("token") ?? new URL(request.url).searchParams.get("token"));
  unsubscribeByToken(getDb(), token);
  return redirect(`/desabonnement?token=${encodeURIComponent(token)}&fait=1`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data),
  // A personal link: keep it out of search engines. (No "no-referrer" here: the browser would
  // then send `Origin: null` with the form, which Remix rightly refuses.)
  { name: "robots", content: "noindex" },
];

export default function UnsubscribePage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("notifications");
  const busy = useNavigation().state === "submitting";
  return (
    <MessagePanel title={t("unsubscribe.title")}>
      {page.done ? (
        <Notice>{t("unsubscribe.done", { email: page.email })}</Notice>
      ) : page.frequency === "never" ? (
        <p>{t("unsubscribe.already")}</p>
      ) : (
        <>
          <p>{t("unsubscribe.explain", { email: page.email })}</p>
          <p>{t("unsubscribe.current", { frequency: t(`prefs.frequency.${page.frequency}`) })}</p>
          <Form method="post">
            <input type="hidden" name="token" value={page.token} />
            <SubmitButton disabled={busy}>{t("unsubscribe.confirm")}</SubmitButton>
          </Form>
        </>
      )}
      <p className="text-sm text-slate-700">{t("unsubscribe.accountEmails")}</p>
      <p className="text-sm text-slate-700">
        {t("unsubscribe.changeLater")}{" "}
        <Link to="/compte/notifications" className="font-medium text-brand-800 underline">
          {t("unsubscribe.preferencesLink")}
        </Link>
      </p>
    </MessagePanel>
  );
}
