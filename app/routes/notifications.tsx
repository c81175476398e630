import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { formatDateTime, Notice } from "~/components/account/account-ui";
import { Pagination } from "~/components/pagination";
import { getDb } from "~/lib/db.server";
import { readPage } from "~/lib/http.server";
import { getFixedT } from "~/lib/i18n.server";
import { useLocale } from "~/lib/locale";
import { pageTitle } from "~/lib/meta";
import { requireUser } from "~/lib/session.server";
import { countUnread } from "~/models/inbox.server";
import { listNotifications, markAllRead, markRead, type InboxItem } from "~/models/notification-inbox.server";

const back = z.string().max(200).optional();
const InboxActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("read"),
    id: z.coerce
      .number()
      .int()
      .positive()
      .max(2 ** 53),
    back,
  }),
  z.object({ intent: z.literal("readAll"), back }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const db = getDb();
  const url = new URL(request.url);
  const unreadOnly = url.searchParams.get("non-lues") === "1";
  const done = url.searchParams.get("fait");
  return {
    title: t("notifications:inbox.title"),
    unreadOnly,
    unread: countUnread(db, user.id),
    ...listNotifications(db, user.id, { page: readPage(url), unreadOnly }),
    done: done === "lue" || done === "toutes" ? done : null,
    marked: Math.max(0, Math.min(100_000, Number(url.searchParams.get("n")) || 0)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { t } = await getFixedT(request);
  const db = getDb();
  const form = InboxActionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!form.success) throw data({ message: t("notifications:inbox.errors.badIntent") }, { status: 400 });
  // Back to the same filter and page (only those two parameters are kept).
  const from = new URLSearchParams(form.data.back ?? "");
  const params = new URLSearchParams();
  if (from.get("non-lues") === "1") params.set("non-lues", "1");
  if (from.get("page")) params.set("page", String(Number(from.get("page")) || 1));
  if (form.data.intent === "read") {
    // Someone else's notification is "not found": ids reveal nothing.
    if (!markRead(db, user.id, form.data.id))
      throw data({ message: t("notifications:inbox.errors.notFound") }, { status: 404 });
    params.set("fait", "lue");
  } else {
    params.set("n", String(markAllRead(db, user.id)));
    params.set("fait", "toutes");
  }
  return redirect(`/notifications?${params.toString()}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function InboxPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("notifications");
  const busy = useNavigation().state === "submitting";
  const { search } = useLocation();
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 ${active ? "bg-brand-700 font-semibold text-white" : "border border-slate-300 text-brand-800 hover:bg-brand-50"}`;
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold text-slate-900">{t("inbox.title")}</h1>
      <p className="mt-3 text-slate-700">{t("inbox.intro")}</p>
      {page.done ? (
        <div className="mt-4">
          <Notice>{page.done === "lue" ? t("inbox.marked") : t("inbox.allMarked", { count: page.marked })}</Notice>
        </div>
      ) : null}
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("inbox.show")} className="flex gap-2 text-sm">
          <Link
            to="/notifications"
            className={tab(!page.unreadOnly)}
            aria-current={!page.unreadOnly ? "page" : undefined}
          >
            {t("inbox.all")}
          </Link>
          <Link
            to="/notifications?non-lues=1"
            className={tab(page.unreadOnly)}
            aria-current={page.unreadOnly ? "page" : undefined}
          >
            {t("inbox.unreadOnly")} ({t("inbox.unread", { count: page.unread })})
          </Link>
        </nav>
        {page.unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="readAll" />
            <input type="hidden" name="back" value={search} />
            <button
              type="submit"
              disabled={busy}
              className="rounded-md border border-slate-500 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100"
            >
              {t("inbox.markAllRead")}
            </button>
          </Form>
        ) : null}
      </div>

      {page.items.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">
          {page.unreadOnly ? t("inbox.emptyUnread") : t("inbox.empty")}
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
          {page.items.map((item) => (
            <InboxRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      <Pagination page={page.page} pages={page.pages} />
      <p className="mt-8">
        <Link to="/compte/notifications" className="font-medium text-brand-800 underline">
          {t("inbox.preferencesLink")}
        </Link>
      </p>
    </div>
  );
}

function InboxRow({ item }: { item: InboxItem }) {
  const { t } = useTranslation("notifications");
  const locale = useLocale();
  const { search } = useLocation();
  return (
    <li
      className={`flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between ${item.read ? "" : "bg-brand-50 px-3"}`}
    >
      <div className="min-w-0">
        <h2 className="font-semibold text-slate-900">
          {item.read ? null : (
            <span className="mr-2 inline-block rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
              {t("inbox.unreadBadge")}
            </span>
          )}
          {item.link ? (
            <Link to={item.link} className="text-brand-800 underline hover:text-brand-900">
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h2>
        <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-800">{item.body}</p>
        <p className="mt-1 text-xs text-slate-600">
          {t("inbox.received", { date: formatDateTime(locale, item.createdAt) })}
        </p>
      </div>
      {item.read ? null : (
        <Form method="post" className="shrink-0">
          <input type="hidden" name="intent" value="read" />
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="back" value={search} />
          <button
            type="submit"
            className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-900 hover:bg-slate-100"
          >
            {t("inbox.markRead")}
            <span className="sr-only"> — {item.title}</span>
          </button>
        </Form>
      )}
    </li>
  );
}
