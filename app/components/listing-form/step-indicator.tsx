import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LISTING_STEPS, type ListingStep } from "~/domain/listing/listing-schema";
import { stepHref, stepNumber } from "./steps";

/**
 * Where the member is among the six steps, and which are complete. Every step stays reachable
 * (a listing is filled in any order); the current one is marked for screen readers too.
 */
export function StepIndicator({
  enterpriseId,
  current,
  incomplete,
}: {
  enterpriseId: number | null;
  current: ListingStep;
  incomplete: readonly ListingStep[] | null;
}) {
  const { t } = useTranslation("register");
  return (
    <nav aria-label={t("indicator.label")}>
      <p className="text-sm font-semibold text-brand-700">
        {t("indicator.stepOf", { n: stepNumber(current), total: LISTING_STEPS.length })}
      </p>
      <ol className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {LISTING_STEPS.map((step) => {
          const isCurrent = step === current;
          const done = incomplete ? !incomplete.includes(step) : false;
          const content = (
            <>
              <span className="flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className={`inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-bold ${
                    done
                      ? "bg-green-700 text-white"
                      : isCurrent
                        ? "bg-brand-700 text-white"
                        : "bg-slate-200 text-slate-800"
                  }`}
                >
                  {done ? "✓" : stepNumber(step)}
                </span>
                <span className="font-medium">{t(`steps.${step}.title`)}</span>
              </span>
              <span className="sr-only">
                {" "}
                ({isCurrent ? `${t("indicator.current")}, ` : ""}
                {done ? t("indicator.complete") : t("indicator.incomplete")})
              </span>
            </>
          );
          const box = `block h-full rounded-md border px-2 py-2 ${
            isCurrent ? "border-brand-700 bg-brand-50" : "border-slate-200 bg-white"
          }`;
          return (
            <li key={step}>
              {enterpriseId !== null && !isCurrent ? (
                <Link
                  to={stepHref(enterpriseId, step)}
                  className={`${box} text-slate-900 hover:border-brand-700 hover:underline`}
                >
                  {content}
                </Link>
              ) : (
                <span className={box} aria-current={isCurrent ? "step" : undefined}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
