import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { HubNeedSummary } from "~/components/alerts/hub-need-summary";
import { DoneBanner } from "~/components/curation/review-forms";
import { HubNav } from "~/components/curation/hub-nav";
import { FieldError, useFormMessage } from "~/components/forms/field-error";
import { SubmitButton, TextAreaField } from "~/components/forms/text-field";
import { MatchList } from "~/components/needs/match-list";
import { getDb } from "~/lib/db.server";
import { pageTitle } from "~/lib/meta";
import { getSearch } from "~/lib/search.server";
import { findRecommendable, HubNeedError, recommendEnterprise } from "~/models/hub-needs.server";
import { municipalityName } from "~/models/need-views.server";
import { categoryNames } from "~/models/needs.server";
import { matchCards, regionNameMap, requireHubNeed } from "./pole.besoins.server";

// Messages are keys of the `alerts` namespace (or `forms`).
const RecommendSchema = z.object({
  enterpriseId: z.coerce
    .number({ error: "hubNeeds.errors.chooseEnterprise" })
    .int({ error: "hubNeeds.errors.chooseEnterprise" })
    .positive({ error: "hubNeeds.errors.chooseEnterprise" }),
  note: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(1000, { error: "hubNeeds.errors.noteTooLong" }),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { tr, locale, hub } = await requireHubNeed(request, params.id);
  const db = getDb();
  const url = new URL(request.url);
  const { need } = hub;
  const q = (url.searchParams.get("entreprise") ?? "").trim().slice(0, 100);
  const regions = regionNameMap(locale);
  const names = (codes: string[]) => categoryNames(db, codes).map((c) => (locale === "en" ? c.nameEn : c.nameFr));
  const municipality = municipalityName(db, need.deliveryMunicipalityCode);
  const matches = matchCards(need, hub.matches, locale, tr);
  const recommended = Number(url.searchParams.get("recommandee")) || null;
  return {
    title: need.title,
    need: {
      id: need.id,
      title: need.title,
      description: need.description,
      kind: need.kind,
      contractNature: need.contractNature,
      amountCad: need.amountCad,
      amountBand: need.amountBand,
      startsOn: need.startsOn,
      endsOn: need.endsOn,
      responseDeadline: need.responseDeadline,
      publishedAt: need.publishedAt?.getTime() ?? null,
      organizationName: hub.organizationName,
      categories: names(need.categories),
      suggestedCategories: names(need.suggestedCategories),
      municipality: municipality?.name ?? null,
    },
    deliveryRegions: hub.deliveryRegions.map((code) => regions[code] ?? code),
    recommendableRegions: hub.recommendableRegions.map((code) => regions[code] ?? code),
    matches,
    answers: hub.answers,
    q,
    candidates: q
      ? await findRecommendable(db, getSearch(), { needId: need.id, regions: hub.recommendableRegions, q })
      : null,
    recommendedId: recommended,
    recommended: recommended ? (matches.find((m) => m.enterpriseId === recommended)?.name ?? null) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Who may act on this need is settled before the form is read.
  const { tr, user, hub } = await requireHubNeed(request, params.id);
  const submission = parseWithZod(await request.formData(), { schema: RecommendSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { enterpriseId, note } = submission.value;
  try {
    await recommendEnterprise(getDb(), user.actor, { needId: hub.need.id, enterpriseId, note });
  } catch (error) {
    if (!(error instanceof HubNeedError)) throw error;
    if (error.code === "forbidden") throw data({ message: tr("alerts:hubNeeds.errors.forbidden") }, { status: 403 });
    if (error.code === "not_found") throw data({ message: tr("alerts:hubNeeds.errors.notFound") }, { status: 404 });
    const [message, status] =
      error.code === "enterprise_other_region"
        ? ["hubNeeds.errors.enterpriseOtherRegion", 403]
        : error.code === "enterprise_unpublished"
          ? ["hubNeeds.errors.enterpriseUnpublished", 400]
          : error.code === "enterprise_not_found"
            ? ["hubNeeds.errors.enterpriseNotFound", 400]
            : ["hubNeeds.errors.notPublished", 409];
    return data({ result: submission.reply({ fieldErrors: { enterpriseId: [message as string] } }) }, { status });
  }
  return redirect(`/pole/besoins/${hub.need.id}?recommandee=${enterpriseId}#recommander`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function HubNeedPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("alerts");
  return (
    <>
      <HubNav />
      <div className="mx-auto max-w-5xl px-4 py-8">
        <p>
          <Link to="/pole/besoins" className="text-sm text-brand-800 underline">
            ← {t("hubNeeds.back")}
          </Link>
        </p>
        <h1 className="mt-2 break-words text-3xl font-bold">{page.need.title}</h1>
        <HubNeedSummary need={page.need} deliveryRegions={page.deliveryRegions} answers={page.answers} />
        {/* The form sits after a long ranking: the hub's main task is one jump away. */}
        <p className="mt-6">
          <a
            href="#recommander"
            className="inline-block rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
          >
            {t("hubNeeds.recommend.jump")}
            <span aria-hidden="true"> ↓</span>
          </a>
        </p>

        <section aria-labelledby="matches-heading" className="mt-10">
          <h2 id="matches-heading" className="text-2xl font-bold">
            {t("hubNeeds.matchesHeading")} ({page.matches.length})
          </h2>
          <p className="mt-1 text-slate-700">{t("hubNeeds.matchesIntro")}</p>
          {page.matches.length === 0 ? (
            <p className="mt-4">{t("hubNeeds.noMatches")}</p>
          ) : (
            // The enterprise just recommended joins the end of the list: unfold it there.
            <MatchList
              matches={page.matches}
              canShortlist={false}
              flash={{ enterpriseId: page.recommendedId, kind: null }}
            />
          )}
        </section>

        <RecommendSection />
      </div>
    </>
  );
}

function RecommendSection() {
  const { q, candidates, recommendableRegions, recommended } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("alerts");
  const navigation = useNavigation();
  const [form, fields] = useForm<{ enterpriseId: string; note: string }>({
    id: "recommend",
    lastResult: actionData?.result,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RecommendSchema }) as never,
  });
  const chosenError = fields.enterpriseId.errors;
  const text = useFormMessage("alerts");
  const problems = [...(chosenError ?? []), ...(fields.note.errors ?? [])];
  return (
    <section
      id="recommander"
      aria-labelledby="recommend-heading"
      className="mt-10 scroll-mt-4 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6"
    >
      <h2 id="recommend-heading" className="text-2xl font-bold">
        {t("hubNeeds.recommend.heading")}
      </h2>
      <p className="mt-1 text-slate-800">
        {t("hubNeeds.recommend.intro", { regions: recommendableRegions.join(", ") })}
      </p>
      <DoneBanner message={recommended ? t("hubNeeds.recommend.done", { enterprise: recommended }) : null} />
      {problems.length > 0 ? (
        <div role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-900">
          <p>{t("hubNeeds.recommend.failed")}</p>
          <ul className="mt-1 list-disc pl-5 font-normal">
            {problems.map((p) => (
              <li key={p}>{text(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <Form method="get" preventScrollReset className="mt-4 flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="entreprise" className="block font-medium">
            {t("hubNeeds.recommend.searchLabel")}
          </label>
          <input
            id="entreprise"
            name="entreprise"
            type="search"
            defaultValue={q}
            maxLength={100}
            autoComplete="off"
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-100"
        >
          {t("hubNeeds.recommend.searchSubmit")}
        </button>
      </Form>

      {candidates === null ? (
        <p className="mt-3 text-sm text-slate-700">{t("hubNeeds.recommend.searchFirst")}</p>
      ) : candidates.length === 0 ? (
        <p className="mt-3" role="status">
          {t("hubNeeds.recommend.noResults", { q })}
        </p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="mt-5 space-y-4">
          <fieldset aria-describedby={chosenError?.length ? "enterpriseId-error" : undefined}>
            <legend className="font-medium">{t("hubNeeds.recommend.choose")}</legend>
            <ul className="mt-2 space-y-1">
              {candidates.map((c) => (
                <li key={c.id}>
                  <label className="flex items-start gap-2 rounded-md bg-white px-3 py-2">
                    <input
                      type="radio"
                      name="enterpriseId"
                      value={c.id}
                      defaultChecked={fields.enterpriseId.initialValue === String(c.id)}
                      className="mt-1"
                    />
                    <span>
                      <span className="font-semibold">{c.name}</span>{" "}
                      <span className="text-sm text-slate-700">
                        — {c.municipalityName}
                        {c.matched ? ` · ${t("hubNeeds.recommend.alreadyMatched")}` : null}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id="enterpriseId-error" errors={chosenError} namespace="alerts" />
          </fieldset>
          <TextAreaField
            id="recommend-note"
            name="note"
            label={t("hubNeeds.recommend.note")}
            hint={t("hubNeeds.recommend.noteHint")}
            defaultValue={(fields.note.initialValue as string | undefined) ?? ""}
            errors={fields.note.errors}
            namespace="alerts"
            rows={3}
            required
          />
          <SubmitButton disabled={navigation.state === "submitting"}>{t("hubNeeds.recommend.submit")}</SubmitButton>
        </Form>
      )}
    </section>
  );
}
