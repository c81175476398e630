import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldError } from "~/components/forms/field-error";
import { SubmitButton } from "~/components/forms/text-field";
import { getDb } from "~/lib/db.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { workflowContext } from "~/lib/workflow-http.server";
import {
  cancelInvitation,
  inviteMember,
  listMembers,
  listPendingInvitations,
  MembershipError,
  removeMember,
} from "~/models/memberships.server";
import { requireListingAccess } from "./mon-entreprise.server";

const InviteSchema = z.object({
  intent: z.literal("invite"),
  email: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .max(254, { error: "invalidEmail" })
    .pipe(z.email({ error: "invalidEmail" })),
});
const IdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31);
const NOTICES = ["invited", "removed", "cancelled"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, state, t } = await requireListingAccess(request, params);
  const db = getDb();
  return {
    title: t("register:meta.members", { name: state.publicName }),
    enterpriseId: state.id,
    publicName: state.publicName,
    userId: user.id,
    members: listMembers(db, state.id),
    invitations: listPendingInvitations(db, state.id),
    notice: NOTICES.find((n) => n === new URL(request.url).searchParams.get("fait")) ?? null,
  };
}

const MEMBERSHIP_MESSAGES: Partial<Record<MembershipError["code"], string>> = {
  already_member: "members.errors.alreadyMember",
  not_member: "members.errors.notMember",
  last_member: "members.errors.lastMember",
  too_many_invitations: "members.errors.tooManyInvitations",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, state, t, locale } = await requireListingAccess(request, params);
  const formData = await request.formData();
  const ctx = workflowContext(request, user);
  const here = `/mon-entreprise/${state.id}/membres`;
  const intent = formData.get("intent");
  try {
    if (intent === "invite") {
      const submission = parseWithZod(formData, { schema: InviteSchema });
      if (submission.status !== "success") return data({ invite: submission.reply(), error: null }, { status: 400 });
      try {
        await inviteMember(ctx, state.id, { email: submission.value.email, inviterName: user.displayName, locale });
      } catch (error) {
        if (error instanceof MembershipError && MEMBERSHIP_MESSAGES[error.code])
          return data(
            { invite: submission.reply({ fieldErrors: { email: [MEMBERSHIP_MESSAGES[error.code]!] } }), error: null },
            { status: error.code === "too_many_invitations" ? 429 : 400 },
          );
        throw error;
      }
      return redirect(`${here}?fait=invited`);
    }
    if (intent === "remove") {
      const userId = IdSchema.safeParse(formData.get("userId"));
      if (!userId.success) throw data({ message: t("register:members.errors.notMember") }, { status: 400 });
      removeMember(ctx, state.id, userId.data);
      return userId.data === user.id ? redirect("/mon-entreprise?fait=left") : redirect(`${here}?fait=removed`);
    }
    if (intent === "cancel") {
      const invitationId = IdSchema.safeParse(formData.get("invitationId"));
      if (!invitationId.success) throw data({ message: t("register:errors.notFound") }, { status: 400 });
      cancelInvitation(ctx, state.id, invitationId.data);
      return redirect(`${here}?fait=cancelled`);
    }
    throw data({ message: t("register:errors.conflict") }, { status: 400 });
  } catch (error) {
    if (!(error instanceof MembershipError)) throw error;
    if (error.code === "forbidden") throw data({ message: t("register:errors.forbidden") }, { status: 403 });
    if (error.code === "not_found") throw data({ message: t("register:errors.notFound") }, { status: 404 });
    return data({ invite: null, error: MEMBERSHIP_MESSAGES[error.code] ?? "errors.conflict" }, { status: 409 });
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function MembersPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("register");
  const locale = useLocale();
  const date = (value: Date | string) =>
    new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { dateStyle: "long" }).format(new Date(value));
  const [form, fields] = useForm({
    id: "invite-member",
    lastResult: actionData?.invite ?? null,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteSchema }),
  });
  const onlyOne = page.members.length <= 1;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm">
        <Link to={`/mon-entreprise/${page.enterpriseId}`} className="text-brand-800 underline">
          <span aria-hidden="true">← </span>
          {t("members.back")}
        </Link>
      </p>
      <p className="mt-3 text-sm font-semibold text-brand-700">{page.publicName}</p>
      <h1 className="mt-1 text-3xl font-bold">{t("members.title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-800">{t("members.intro")}</p>
      {page.notice ? (
        <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {t(`members.notices.${page.notice}`)}
        </p>
      ) : null}
      {actionData?.error ? (
        <p
          role="alert"
          className="mt-4 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900"
        >
          {t(actionData.error as "errors.conflict")}
        </p>
      ) : null}

      <section aria-labelledby="members-heading" className="mt-8">
        <h2 id="members-heading" className="text-xl font-bold">
          {t("members.listHeading")}
        </h2>
        <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
          {page.members.map((m) => (
            <li key={m.userId} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-medium">
                  {m.displayName}{" "}
                  {m.userId === page.userId ? <span className="text-slate-700">{t("members.you")}</span> : null}
                </p>
                <p className="text-sm text-slate-700">
                  <span className="break-all">{m.email}</span> · {t("members.since", { date: date(m.since) })}
                </p>
              </div>
              {onlyOne ? null : (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="userId" value={m.userId} />
                  <button type="submit" className="text-sm font-semibold text-red-800 underline">
                    {m.userId === page.userId ? t("members.leave") : t("members.remove", { name: m.displayName })}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
        {onlyOne ? <p className="mt-2 text-sm text-slate-700">{t("members.lastMember")}</p> : null}
      </section>

      {page.invitations.length > 0 ? (
        <section aria-labelledby="pending-heading" className="mt-8">
          <h2 id="pending-heading" className="text-xl font-bold">
            {t("members.pendingHeading")}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300">
            {page.invitations.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <p>
                  <span className="break-all">{i.email}</span>{" "}
                  <span className="text-sm text-slate-700">
                    · {t("members.pendingExpires", { date: date(i.expiresAt) })}
                  </span>
                </p>
                <Form method="post">
                  <input type="hidden" name="intent" value="cancel" />
                  <input type="hidden" name="invitationId" value={i.id} />
                  <button type="submit" className="text-sm font-semibold text-red-800 underline">
                    {t("members.cancel", { email: i.email })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="invite-heading" className="mt-8 rounded-lg border border-slate-300 p-5">
        <h2 id="invite-heading" className="text-xl font-bold">
          {t("members.inviteHeading")}
        </h2>
        <Form method="post" {...getFormProps(form)} className="mt-3 space-y-3">
          <input type="hidden" name="intent" value="invite" />
          <div className="max-w-md">
            <label htmlFor={fields.email.id} className="block font-medium">
              {t("members.email")}
            </label>
            <p id={`${fields.email.id}-hint`} className="text-sm text-slate-600">
              {t("members.inviteHint")}
            </p>
            <input
              {...getInputProps(fields.email, { type: "email", ariaDescribedBy: `${fields.email.id}-hint` })}
              key={fields.email.key}
              autoComplete="off"
              className={`mt-1 block w-full rounded-md border px-3 py-2 ${fields.email.errors?.length ? "border-red-700" : "border-slate-400"}`}
            />
            <FieldError id={fields.email.errorId} errors={fields.email.errors} namespace="register" />
          </div>
          <SubmitButton>{t("members.invite")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
