import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms/text-field";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { getCurrentUser, requireUser } from "~/lib/session.server";
import { acceptInvitation, findInvitation, MembershipError } from "~/models/memberships.server";

/**
 * The link in an invitation email opens this page (GET changes nothing); the invited person,
 * signed in with the invited address, accepts with a POST.
 */
const tokenOf = (request: Request) => (new URL(request.url).searchParams.get("token") ?? "").slice(0, 200);

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  const title = t("register:meta.invitation");
  const token = tokenOf(request);
  const invitation = findInvitation(getDb(), token);
  if (!invitation) return data({ title, state: "invalid" as const }, { status: 410 });
  const user = await getCurrentUser(request);
  const here = `/invitation?token=${encodeURIComponent(token)}`;
  const base = {
    title,
    token,
    enterpriseName: invitation.enterpriseName,
    enterpriseId: invitation.enterpriseId,
    inviter: invitation.invitedBy,
    email: invitation.email,
  };
  if (!user)
    return { ...base, state: "signedOut" as const, loginHref: `/connexion?redirectTo=${encodeURIComponent(here)}` };
  if (user.email.toLowerCase() !== invitation.email.toLowerCase())
    return { ...base, state: "wrongEmail" as const, current: user.email };
  if (user.actor.enterpriseIds.has(invitation.enterpriseId)) return { ...base, state: "member" as const };
  return { ...base, state: "ready" as const };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const form = await request.formData();
  const token = String(form.get("token") ?? tokenOf(request)).slice(0, 200);
  const invitation = findInvitation(getDb(), token);
  if (!invitation) throw data({ message: t("register:invitation.invalidBody") }, { status: 410 });
  if (invitation.email.toLowerCase() !== user.email.toLowerCase())
    throw data(
      { message: t("register:invitation.wrongEmail", { current: user.email, email: invitation.email }) },
      { status: 403 },
    );
  try {
    const { enterpriseId } = acceptInvitation(getDb(), user, token);
    return redirect(`/mon-entreprise/${enterpriseId}?fait=joined`);
  } catch (error) {
    // Used by a second click or a parallel request since the check above.
    if (error instanceof MembershipError)
      throw data({ message: t("register:invitation.invalidBody") }, { status: 410 });
    throw error;
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function InvitationPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("register");
  if (page.state === "invalid") {
    return (
      <div className="mx-auto max-w-2xl px-4 py-12">
        <h1 className="text-3xl font-bold">{t("invitation.invalidTitle")}</h1>
        <p className="mt-4 text-slate-800">{t("invitation.invalidBody")}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-3xl font-bold">{t("invitation.title")}</h1>
      <p className="mt-4 text-lg">
        {page.inviter
          ? t("invitation.body", { inviter: page.inviter, enterprise: page.enterpriseName })
          : t("invitation.bodyNoInviter", { enterprise: page.enterpriseName })}
      </p>
      <p className="mt-2 text-slate-700">{t("invitation.sentTo", { email: page.email })}</p>
      <div className="mt-6">
        {page.state === "signedOut" ? (
          <>
            <p>{t("invitation.signInIntro", { email: page.email })}</p>
            <p className="mt-4 flex flex-wrap gap-3">
              <Link
                to={page.loginHref}
                className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
              >
                {t("invitation.signIn")}
              </Link>
              <Link
                to="/inscription"
                className="rounded-md border border-brand-700 px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50"
              >
                {t("invitation.signUp")}
              </Link>
            </p>
          </>
        ) : page.state === "wrongEmail" ? (
          <p role="alert" className="rounded-md border-2 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
            {t("invitation.wrongEmail", { current: page.current, email: page.email })}
          </p>
        ) : page.state === "member" ? (
          <p>
            {t("invitation.alreadyMember")}{" "}
            <Link to={`/mon-entreprise/${page.enterpriseId}`} className="text-brand-800 underline">
              {t("invitation.openListing")}
            </Link>
          </p>
        ) : (
          <Form method="post" action={`/invitation?token=${encodeURIComponent(page.token)}`}>
            <input type="hidden" name="token" value={page.token} />
            <SubmitButton>{t("invitation.accept")}</SubmitButton>
          </Form>
        )}
      </div>
    </div>
  );
}
