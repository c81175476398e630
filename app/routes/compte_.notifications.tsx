import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice } from "~/components/account/account-ui";
import { FieldError } from "~/components/forms/field-error";
import { SubmitButton } from "~/components/forms/text-field";
import { CheckboxGroup } from "~/components/notifications/checkbox-group";
import { PreferencesSchema } from "~/domain/notifications/subscriptions";
import { EMAIL_FREQUENCIES } from "#db/schema/needs";
import { getDb } from "~/lib/db.server";
import { getFixedT } from "~/lib/i18n.server";
import { pageTitle } from "~/lib/meta";
import { requireUser } from "~/lib/session.server";
import {
  getPreferences,
  listingSubscription,
  savePreferences,
  subscriptionChoices,
  unsubscribeUrl,
} from "~/models/notification-prefs.server";

// `compte_` keeps this page out of the /compte page's layout (which has no outlet): same URL, own page.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { t, locale } = await getFixedT(request);
  const db = getDb();
  const prefs = getPreferences(db, user.id);
  const isMember = user.actor.enterpriseIds.size > 0;
  const choices = isMember ? subscriptionChoices(db, locale) : null;
  const fromListings = isMember ? listingSubscription(db, [...user.actor.enterpriseIds]) : null;
  const nameOf = (codes: readonly string[], list: { code: string; name: string }[]) =>
    codes.map((c) => list.find((x) => x.code === c)?.name ?? c);
  return {
    title: t("notifications:prefs.title"),
    saved: new URL(request.url).searchParams.get("fait") === "1",
    prefs: {
      emailFrequency: prefs.emailFrequency,
      subscriptionMode: prefs.categories.length > 0 || prefs.regions.length > 0 ? "custom" : "listings",
      categories: prefs.categories,
      regions: prefs.regions,
    },
    member:
      choices && fromListings
        ? {
            choices,
            listings: {
              categories: nameOf(
                fromListings.categories,
                choices.groups.flatMap((g) => g.categories),
              ),
              regions: nameOf(fromListings.regions, choices.regions),
            },
          }
        : null,
    unsubscribeLink: unsubscribeUrl(prefs, new URL(request.url).origin),
  };
}

type ActionData = { result: SubmissionResult<string[]> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: PreferencesSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply() } satisfies ActionData, { status: 400 });
  const { emailFrequency, subscriptionMode, categories, regions } = submission.value;
  // Only members follow categories and regions; "my listings'" is stored as empty lists.
  const isMember = user.actor.enterpriseIds.size > 0;
  const custom = isMember && subscriptionMode === "custom";
  savePreferences(getDb(), user.id, {
    emailFrequency,
    ...(isMember ? { categories: custom ? categories : [], regions: custom ? regions : [] } : {}),
  });
  return redirect("/compte/notifications?fait=1");
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data);

export default function NotificationPreferencesPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const { t } = useTranslation("notifications");
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    id: "preferences",
    lastResult: actionData?.result,
    defaultValue: page.prefs,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PreferencesSchema }),
  });
  const chosenCategories = new Set((fields.categories.initialValue as string[] | undefined) ?? page.prefs.categories);
  const chosenRegions = new Set((fields.regions.initialValue as string[] | undefined) ?? page.prefs.regions);
  // An unknown code is reported on its item ("categories[2]"): show it with the list.
  const listErrors = (name: "categories" | "regions") => {
    const all = Object.entries(form.allErrors)
      .filter(([key]) => key === name || key.startsWith(`${name}[`))
      .flatMap(([, errors]) => errors);
    return all.length > 0 ? [...new Set(all)] : undefined;
  };
  const mode = (fields.subscriptionMode.initialValue as string | undefined) ?? page.prefs.subscriptionMode;
  const frequency = (fields.emailFrequency.initialValue as string | undefined) ?? page.prefs.emailFrequency;

  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10">
      <p>
        <Link to="/notifications" className="text-sm font-medium text-brand-800 underline">
          ← {t("inbox.title")}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-slate-900">{t("prefs.title")}</h1>
      <p className="mt-3 text-slate-700">{t("prefs.intro")}</p>
      {page.saved ? (
        <div className="mt-4">
          <Notice>{t("prefs.saved")}</Notice>
        </div>
      ) : null}

      <Form method="post" {...getFormProps(form)} className="mt-8 space-y-8">
        <fieldset
          aria-describedby={fields.emailFrequency.errors ? fields.emailFrequency.errorId : undefined}
          className="rounded-lg border border-slate-200 p-4 sm:p-5"
        >
          <legend className="px-1 text-lg font-semibold text-slate-900">{t("prefs.frequency.legend")}</legend>
          <div className="mt-2 space-y-2">
            {EMAIL_FREQUENCIES.map((f) => (
              <label key={f} className="flex items-center gap-3">
                <input
                  type="radio"
                  name={fields.emailFrequency.name}
                  value={f}
                  defaultChecked={frequency === f}
                  className="h-4 w-4"
                />
                <span>{t(`prefs.frequency.${f}`)}</span>
              </label>
            ))}
          </div>
          <FieldError
            id={fields.emailFrequency.errorId}
            errors={fields.emailFrequency.errors}
            namespace="notifications"
          />
        </fieldset>

        {page.member ? (
          <fieldset className="group rounded-lg border border-slate-200 p-4 sm:p-5">
            <legend className="px-1 text-lg font-semibold text-slate-900">{t("prefs.subscriptions.legend")}</legend>
            <p className="mt-1 text-sm text-slate-700">{t("prefs.subscriptions.intro")}</p>
            <div className="mt-3 space-y-2">
              <label className="flex items-start gap-3">
                <input
                  type="radio"
                  name={fields.subscriptionMode.name}
                  value="listings"
                  defaultChecked={mode !== "custom"}
                  className="mt-1 h-4 w-4"
                />
                <span>
                  {t("prefs.subscriptions.listings")}
                  <span className="block text-sm text-slate-600">
                    {page.member.listings.categories.length > 0 || page.member.listings.regions.length > 0
                      ? t("prefs.subscriptions.listingsSummary", {
                          categories: page.member.listings.categories.join(", "),
                          regions:
                            page.member.listings.regions.length === page.member.choices.regions.length
                              ? t("prefs.subscriptions.allQuebec")
                              : page.member.listings.regions.join(", "),
                        })
                      : t("prefs.subscriptions.nothingYet")}
                  </span>
                </span>
              </label>
              <label className="flex items-center gap-3">
                <input
                  id="mode-custom"
                  type="radio"
                  name={fields.subscriptionMode.name}
                  value="custom"
                  defaultChecked={mode === "custom"}
                  className="h-4 w-4"
                />
                <span>{t("prefs.subscriptions.custom")}</span>
              </label>
            </div>
            {/* Without :has() support or JavaScript the lists simply stay visible. */}
            <div className="mt-4 space-y-6 group-has-[#mode-custom:not(:checked)]:hidden">
              <CheckboxGroup
                legend={t("prefs.subscriptions.regions")}
                name={fields.regions.name}
                options={page.member.choices.regions}
                chosen={chosenRegions}
                errors={listErrors("regions")}
                errorId={fields.regions.errorId}
              />
              <fieldset aria-describedby={listErrors("categories") ? fields.categories.errorId : undefined}>
                <legend className="font-semibold text-slate-900">{t("prefs.subscriptions.categories")}</legend>
                <FieldError
                  id={fields.categories.errorId}
                  errors={listErrors("categories")}
                  namespace="notifications"
                />
                <div className="mt-2 space-y-2">
                  {page.member.choices.groups.map((g) => {
                    const count = g.categories.filter((c) => chosenCategories.has(c.code)).length;
                    return (
                      <details key={g.code} open={count > 0} className="rounded-md border border-slate-200 px-3 py-2">
                        <summary className="cursor-pointer font-medium">
                          {g.name}
                          {count > 0 ? (
                            <span className="ml-2 text-sm text-brand-800">
                              ({t("prefs.subscriptions.selected", { count })})
                            </span>
                          ) : null}
                        </summary>
                        <div className="mt-2 grid gap-1 sm:grid-cols-2">
                          {g.categories.map((c) => (
                            <label key={c.code} className="flex items-start gap-2 text-sm">
                              <input
                                type="checkbox"
                                name={fields.categories.name}
                                value={c.code}
                                defaultChecked={chosenCategories.has(c.code)}
                                className="mt-0.5 h-4 w-4"
                              />
                              <span>{c.name}</span>
                            </label>
                          ))}
                        </div>
                      </details>
                    );
                  })}
                </div>
              </fieldset>
            </div>
          </fieldset>
        ) : null}

        <SubmitButton disabled={busy}>{t("prefs.save")}</SubmitButton>
      </Form>

      <section aria-labelledby="unsubscribe" className="mt-10 rounded-lg border border-slate-200 p-4 sm:p-5">
        <h2 id="unsubscribe" className="text-lg font-semibold text-slate-900">
          {t("prefs.unsubscribeTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("prefs.unsubscribeText")}</p>
        <p className="mt-2 break-all text-sm">
          <a href={page.unsubscribeLink} className="text-brand-800 underline">
            {page.unsubscribeLink}
          </a>
        </p>
      </section>
    </div>
  );
}
