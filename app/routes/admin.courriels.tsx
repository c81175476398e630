import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDateTime, linkClass } from "~/components/account/account-ui";
import { Pagination } from "~/components/pagination";
import { isAdmin } from "~/domain/authz";
import { getDb } from "~/lib/db.server";
import { notFound, readPage } from "~/lib/http.server";
import { getFixedT } from "~/lib/i18n.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireAllowed } from "~/lib/session.server";
import { getOutboxMessage, listOutbox } from "~/models/email-outbox.server";

const MessageIdSchema = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Admins read what the portal sent (or would send, without SMTP) to help people who lost a link. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  await requireAllowed(request, isAdmin, t("account:outbox.forbidden"));
  const db = getDb();
  const url = new URL(request.url);
  const messageParam = url.searchParams.get("message");
  if (messageParam !== null) {
    const id = MessageIdSchema.safeParse(messageParam);
    const message = id.success ? getOutboxMessage(db, id.data) : undefined;
    if (!message) notFound(t("account:outbox.notFound"));
    return { title: `${message.subject} · ${t("account:outbox.title")}`, message, list: null };
  }
  const page = readPage(url);
  return { title: t("account:outbox.title"), message: null, list: { ...listOutbox(db, page), page } };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

function useStatus() {
  const { t } = useTranslation("account");
  return (m: { sentAt: Date | string | null; attempts: number }) =>
    m.sentAt
      ? t("outbox.status.sent")
      : m.attempts > 0
        ? t("outbox.status.failed", { count: m.attempts })
        : t("outbox.status.pending");
}

export default function OutboxPage() {
  const { message, list } = useLoaderData<typeof loader>();
  const { t } = useTranslation("account");
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-10">
      {message ? <MessageView message={message} /> : null}
      {list ? (
        <>
          <h1 className="text-3xl font-bold text-slate-900">{t("outbox.title")}</h1>
          <p className="mt-3 max-w-3xl text-slate-700">{t("outbox.intro")}</p>
          <OutboxList list={list} />
        </>
      ) : null}
    </div>
  );
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function OutboxList({ list }: { list: NonNullable<Loaded["list"]> }) {
  const { t } = useTranslation("account");
  const locale = useLocale();
  const status = useStatus();
  const { search } = useLocation();
  if (list.total === 0) return <p className="mt-8 text-slate-700">{t("outbox.empty")}</p>;
  const back = encodeURIComponent(search);
  return (
    <>
      <p className="mt-6 font-medium">{t("outbox.count", { count: list.total })}</p>
      {/* A list rather than a table: on a phone every message shows whole, subject first. */}
      <ol
        aria-label={t("outbox.caption")}
        className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200"
      >
        {list.rows.map((m) => (
          <li key={m.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-baseline sm:gap-4">
            <div className="min-w-0 flex-1">
              <Link to={`/admin/courriels?message=${m.id}&retour=${back}`} className={`${linkClass} break-words`}>
                {m.subject}
              </Link>
              <p className="break-all text-sm text-slate-700">{m.to}</p>
            </div>
            <p className="text-sm text-slate-700 sm:text-right">
              <span className="block">{formatDateTime(locale, m.createdAt)}</span>
              <StatusBadge sent={Boolean(m.sentAt)} label={status(m)} />
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={list.page} pages={list.pages} />
    </>
  );
}

function StatusBadge({ sent, label }: { sent: boolean; label: string }) {
  return (
    <span
      className={`mt-1 inline-block rounded px-2 py-0.5 text-sm font-medium ${sent ? "bg-brand-100 text-brand-900" : "bg-amber-100 text-amber-900"}`}
    >
      {label}
    </span>
  );
}

function MessageView({ message }: { message: NonNullable<Loaded["message"]> }) {
  const { t } = useTranslation("account");
  const locale = useLocale();
  const status = useStatus();
  const { search } = useLocation();
  // Back to the page of the list the message was opened from (only a query string is accepted).
  const retour = new URLSearchParams(search).get("retour") ?? "";
  const backTo = `/admin/courriels${retour.startsWith("?") ? retour : ""}`;
  return (
    <article aria-labelledby="message-subject">
      <p>
        <Link to={backTo} className={linkClass}>
          ← {t("outbox.backToList")}
        </Link>
      </p>
      <h1 id="message-subject" className="mt-4 text-2xl font-bold text-slate-900">
        {message.subject}
      </h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{t("outbox.columns.to")}</dt>
        <dd className="break-all">{message.to}</dd>
        <dt className="font-medium text-slate-700">{t("outbox.columns.status")}</dt>
        <dd>
          {status(message)}
          {message.sentAt ? ` — ${t("outbox.sentAt", { date: formatDateTime(locale, message.sentAt) })}` : null}
        </dd>
        <dt className="font-medium text-slate-700">{t("outbox.columns.date")}</dt>
        <dd>{formatDateTime(locale, message.createdAt)}</dd>
      </dl>
      <p className="mt-1 text-sm text-slate-600">{t("outbox.kind", { kind: message.kind })}</p>
      {message.lastError ? (
        <p className="mt-2 text-sm text-red-800">{t("outbox.lastError", { error: message.lastError })}</p>
      ) : null}
      <div className="mt-6 whitespace-pre-wrap break-words rounded-md border border-slate-200 bg-slate-50 p-4 font-mono text-sm">
        <LinkifiedText text={message.text} />
      </div>
    </article>
  );
}

/** Web addresses in a plain-text message become links; everything else stays text (never HTML). */
function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className={linkClass} rel="noreferrer">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
