import type { SubmissionResult } from "@conform-to/react";
import { data, type HeadersFunction } from "@remix-run/node";
import type { getFixedT } from "./i18n.server";
import { hitLimit, type LimitName } from "./rate-limit.server";

type TFunction = Awaited<ReturnType<typeof getFixedT>>["t"];

type Reply = { reply: (options?: { formErrors?: string[]; hideFields?: string[] }) => SubmissionResult<string[]> };

/** Fields whose values never travel back to the browser in a reply. */
export const PASSWORD_FIELDS = ["password", "passwordConfirm", "currentPassword", "newPassword", "newPasswordConfirm"];

/** 400 with the form-level message "the form could not be sent", nothing else done. */
export function rejectedAsSpam(submission: Reply, t: TFunction) {
  return data(
    { result: submission.reply({ formErrors: [t("forms:rejectedAsSpam")], hideFields: PASSWORD_FIELDS }) },
    { status: 400 },
  );
}

/**
 * Consumes one point of each limit; the first one reached answers 429 with "try again in
 * N minutes" and a Retry-After header.
 */
export async function checkLimits(submission: Reply, t: TFunction, limits: [LimitName, string | undefined][]) {
  for (const [name, key] of limits) {
    if (!key) continue;
    const hit = await hitLimit(name, key);
    if (!hit.ok) {
      const minutes = Math.max(1, Math.ceil(hit.retryAfterSeconds / 60));
      return data(
        {
          result: submission.reply({
            formErrors: [t("forms:tooManyAttempts", { minutes })],
            hideFields: PASSWORD_FIELDS,
          }),
        },
        { status: 429, headers: { "Retry-After": String(hit.retryAfterSeconds) } },
      );
    }
  }
  return null;
}

/** Document responses keep only cookies unless a route says otherwise: keep Retry-After too. */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const retryAfter = actionHeaders.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
