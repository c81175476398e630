/**
 * A field people never see or fill; bots that fill every input give themselves away.
 * Its name looks worth filling to a bot.
 */
export const HONEYPOT_FIELD = "website_url";

export function isHoneypotFilled(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.trim() !== "";
}
