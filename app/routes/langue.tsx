import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { localeCookie } from "~/lib/i18n.server";
import { safeRedirectPath } from "~/lib/safe-redirect";

const LanguageSchema = z.object({
  lng: z.enum(["fr", "en"]),
  redirectTo: z.string().optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const parsed = LanguageSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    throw new Response("Langue non prise en charge / Unsupported language", { status: 400 });
  }
  return redirect(safeRedirectPath(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.lng) },
  });
}

// The switch is a POST; a stray GET just goes home.
export function loader(_: LoaderFunctionArgs) {
  return redirect("/");
}
