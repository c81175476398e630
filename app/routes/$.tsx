import type { LoaderFunctionArgs } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { notFound } from "~/lib/http.server";
import { getFixedT } from "~/lib/i18n.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  notFound(t("errors.notFoundBody"));
}

export default function NotFound() {
  return <ErrorPage />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
