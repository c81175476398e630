import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Why an unverified user can't register or claim yet, with a button for a new confirmation link. */
export function UnverifiedNotice({ email }: { email: string }) {
  const { t } = useTranslation("register");
  return (
    <section aria-labelledby="unverified-title" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-5">
      <h2 id="unverified-title" className="text-xl font-bold text-amber-950">
        {t("unverified.title")}
      </h2>
      <p className="mt-2 max-w-3xl text-amber-950">{t("unverified.body", { email })}</p>
      <Form method="post" action="/verifier-courriel" className="mt-4">
        <button
          type="submit"
          name="intent"
          value="resend"
          className="rounded-md border border-amber-800 bg-white px-4 py-2 font-semibold text-amber-950 hover:bg-amber-100"
        >
          {t("unverified.resend")}
        </button>
      </Form>
    </section>
  );
}
