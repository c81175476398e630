import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import { UnverifiedEmailBanner } from "~/components/account/unverified-email-banner";
import { ErrorPage } from "~/components/error-page";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { defaultLocale, type Locale } from "~/i18n";
import { resources } from "~/locales";
import { getLocale } from "~/lib/i18n.server";
import { getCurrentUser } from "~/lib/session.server";
import { getDb } from "~/lib/db.server";
import { countUnread } from "~/models/inbox.server";
import { useNonce } from "~/lib/nonce";
import stylesheet from "~/tailwind.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  return {
    locale: await getLocale(request),
    user: user
      ? {
          displayName: user.displayName,
          isMember: user.actor.enterpriseIds.size > 0 || user.actor.roles.has("enterprise_member"),
          isCurator: user.actor.roles.has("hub_curator"),
          isAdmin: user.actor.roles.has("admin"),
          isBuyer: user.actor.roles.has("buyer"),
          emailVerified: user.actor.emailVerified,
          unread: countUnread(getDb(), user.id),
        }
      : null,
  };
}

export const handle = { i18n: ["common"] };

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale: Locale = data?.locale ?? defaultLocale;
  const { t } = useTranslation();
  const nonce = useNonce();
  useChangeLanguage(locale);
  return (
    <html lang={locale} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col bg-white font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader user={data?.user ?? null} />
        {data?.user && !data.user.emailVerified ? <UnverifiedEmailBanner /> : null}
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}

// Error pages render without their route's meta: give them a localized title.
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const { common } = resources[data?.locale ?? defaultLocale];
  if (!error) return [{ title: common.appName }];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title =
    status === 404
      ? common.errors.notFoundTitle
      : status < 500
        ? common.errors.badRequestTitle
        : common.errors.serverErrorTitle;
  return [{ title: `${title} · ${common.appName}` }];
};
