import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/**
 * Shown on every page to a signed-in user whose address is not confirmed yet (they may browse,
 * not register a listing), with a button for a new link. The confirmation page says it itself.
 */
export function UnverifiedEmailBanner() {
  const { t } = useTranslation("account");
  const { pathname } = useLocation();
  if (pathname === "/verifier-courriel") return null;
  return (
    <section aria-label={t("banner.label")} className="border-b border-amber-300 bg-amber-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-amber-950">
        <p className="max-w-3xl">{t("banner.text")}</p>
        <Form method="post" action="/verifier-courriel">
          <button
            type="submit"
            name="intent"
            value="resend"
            className="rounded-md border border-amber-800 bg-white px-3 py-1.5 text-sm font-semibold text-amber-950 hover:bg-amber-100"
          >
            {t("banner.resend")}
          </button>
        </Form>
      </div>
    </section>
  );
}
