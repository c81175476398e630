import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ContractingAnswerView } from "~/components/procedure/contracting-answer";
import { ProcedureForm } from "~/components/procedure/procedure-form";
import { RULES_VERSION } from "~/domain/contracting";
import { pageTitle } from "~/lib/meta";
import { loadProcedure } from "./procedure.server";

// GET form: the URL holds the whole wizard, so an answer can be bookmarked and shared.
export async function loader({ request }: LoaderFunctionArgs) {
  const page = await loadProcedure(request, "title");
  return data(page, { status: page.state === "invalid" ? 400 : 200 });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function ProcedurePage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("procedure");
  useFocusAfterSubmit(page.state);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p className="text-sm font-semibold text-brand-700">{t("kicker")}</p>
      <h1 className="mt-1 text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-slate-800">{t("intro")}</p>
      <p className="mt-2 text-sm text-slate-700">
        {t("disclaimer")} {t("rulesVersion", { version: RULES_VERSION })}
      </p>
      <div className="mt-8">
        <ProcedureForm
          key={page.query}
          regions={page.regions}
          categoryGroups={page.categoryGroups}
          defaults={page.defaults}
          today={page.today}
          lastResult={page.lastResult}
        />
      </div>
      {page.state === "answer" ? (
        <div className="mt-12">
          <ContractingAnswerView
            answer={page.answer}
            names={page.names}
            competition={page.competition}
            noteHref={`/procedure/note?${page.query}`}
          />
        </div>
      ) : null}
    </div>
  );
}

/** After a client-side submission, move focus to the answer (or to the list of errors). */
function useFocusAfterSubmit(state: "empty" | "invalid" | "answer") {
  const { search } = useLocation();
  const previousSearch = useRef(search);
  useEffect(() => {
    // A new query string is a new submission; the first render and a language switch are not.
    if (previousSearch.current === search) return;
    previousSearch.current = search;
    document.getElementById(state === "answer" ? "reponse-heading" : "error-summary")?.focus();
  }, [search, state]);
}
