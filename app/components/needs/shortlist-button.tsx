import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Adds or removes an enterprise from the shortlist: a POST form, so it works without JavaScript. */
export function ShortlistButton({
  enterpriseId,
  name,
  shortlisted,
  from,
  compact = false,
}: {
  enterpriseId: number;
  name: string;
  shortlisted: boolean;
  /** Where to come back after the redirect: the enterprise's card, or the shortlist itself. */
  from?: "shortlist";
  compact?: boolean;
}) {
  const { t } = useTranslation("needs");
  const label = shortlisted
    ? compact
      ? t("detail.shortlist.remove")
      : t("detail.matches.unshortlist")
    : t("detail.matches.shortlist");
  const named = shortlisted
    ? t("detail.matches.unshortlistNamed", { name })
    : t("detail.matches.shortlistNamed", { name });
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value={shortlisted ? "shortlist-remove" : "shortlist-add"} />
      <input type="hidden" name="enterpriseId" value={enterpriseId} />
      {from ? <input type="hidden" name="from" value={from} /> : null}
      <button
        type="submit"
        aria-label={named}
        className={
          shortlisted
            ? "rounded-md border border-red-800 bg-white px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50"
            : "rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        }
      >
        {shortlisted ? null : <span aria-hidden="true">+&nbsp;</span>}
        {label}
      </button>
    </Form>
  );
}
