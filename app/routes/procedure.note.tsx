import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JustificationNote } from "~/components/procedure/justification-note";
import printStyles from "~/components/procedure/print-note.css?url";
import { pageTitle } from "~/lib/meta";
import { loadProcedure } from "./procedure.server";

// The "note au dossier": the same query as /procedure, laid out for paper or PDF.
export async function loader({ request }: LoaderFunctionArgs) {
  const page = await loadProcedure(request, "note.title");
  return data({ ...page, generatedAt: new Date().toISOString() }, { status: page.state === "answer" ? 200 : 400 });
}

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function NotePage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("procedure");
  if (page.state !== "answer") {
    return (
      <div className="mx-auto max-w-2xl px-4 py-16">
        <p className="text-sm font-semibold text-brand-700">400</p>
        <h1 className="mt-2 text-3xl font-bold">{t("note.invalidTitle")}</h1>
        <p className="mt-4 text-slate-700">{t("note.invalidBody")}</p>
        <p className="mt-8">
          <Link to={`/procedure?${page.query}`} className="text-brand-800 underline">
            {t("note.backToWizard")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <JustificationNote
      answer={page.answer}
      names={page.names}
      competition={page.competition}
      generatedAt={page.generatedAt}
      answerHref={`/procedure?${page.query}#reponse`}
    />
  );
}
