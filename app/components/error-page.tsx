import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Renders thrown responses (404, 403, 400) with their localized message; anything else as a 500 without details. */
export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  let title: string = t("errors.serverErrorTitle");
  let body: string = t("errors.serverErrorBody");
  let status = 500;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const message = typeof error.data?.message === "string" ? error.data.message : undefined;
    if (status === 404) {
      title = t("errors.notFoundTitle");
      body = message ?? t("errors.notFoundBody");
    } else if (status === 403 || status === 401) {
      title = t("errors.forbiddenTitle");
      body = message ?? t("errors.forbiddenBody");
    } else if (status >= 400 && status < 500) {
      title = t("errors.badRequestTitle");
      body = message ?? body;
    }
  } else if (typeof document === "undefined") {
    console.error(error);
  }
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold text-brand-700">{status}</p>
      <h1 className="mt-2 text-3xl font-bold text-slate-900">{title}</h1>
      <p className="mt-4 text-slate-700">{body}</p>
      <p className="mt-8">
        <Link to="/" className="text-brand-800 underline">
          {t("errors.backHome")}
        </Link>
      </p>
    </div>
  );
}
