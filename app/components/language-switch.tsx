import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** A real form so switching works without JavaScript; the action sets a cookie and comes back here. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const location = useLocation();
  const target = t("language.switchToLang");
  return (
    <Form method="post" action="/langue" className="no-print">
      <input type="hidden" name="lng" value={target} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        lang={target}
        className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50"
      >
        {t("language.switchTo")}
      </button>
    </Form>
  );
}
