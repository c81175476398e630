import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { dataSources } from "~/lib/data-sources";

export async function loader({ request }: LoaderFunctionArgs) {
  const { t } = await getFixedT(request);
  return { title: t("about:title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function About() {
  const { t, i18n } = useTranslation("about");
  const lang = i18n.language === "en" ? "en" : "fr";
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("intro")}</p>
      <h2 className="mt-10 text-2xl font-bold">{t("sourcesHeading")}</h2>
      <p className="mt-2 text-slate-700">{t("sourcesIntro")}</p>
      <ul className="mt-4 space-y-4">
        {dataSources.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-200 p-4">
            <p className="font-semibold">{s.title[lang]}</p>
            <p className="mt-1 text-sm text-slate-700">{s.attribution[lang]}</p>
            <p className="mt-1 text-sm">
              <span className="text-slate-700">{t("licencesHeading")} : </span>
              {s.licence}
              {" · "}
              <a href={s.url} className="text-brand-800 underline">
                {s.url}
              </a>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-slate-700">{t("unspscNote")}</p>
      <h2 className="mt-10 text-2xl font-bold">{t("demoHeading")}</h2>
      <p className="mt-2 text-slate-700">{t("demoBody")}</p>
    </div>
  );
}
