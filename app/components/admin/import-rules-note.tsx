import { useTranslation } from "react-i18next";

/** The import's update rule, stated where the hub uploads and confirms (see domain/import/plan.ts). */
export function ImportRulesNote() {
  const { t } = useTranslation("admin");
  const rules = [
    t("import.rules.candidates"),
    t("import.rules.updateCandidates"),
    t("import.rules.keepOthers"),
    t("import.rules.emptyCells"),
    t("import.rules.idempotent"),
    t("import.rules.regions"),
    t("import.rules.req"),
  ];
  return (
    <section aria-labelledby="import-rules-heading" className="mt-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <h2 id="import-rules-heading" className="text-lg font-bold">
        {t("import.rules.heading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
        {rules.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
    </section>
  );
}
