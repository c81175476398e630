import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "~/lib/db.server";
import { destroySession } from "~/lib/session.server";

// Signing out changes state, so it is a POST (the header's button); a GET only goes home.
export async function action({ request }: ActionFunctionArgs) {
  return redirect("/", { headers: { "Set-Cookie": await destroySession(getDb(), request) } });
}

export function loader(_: LoaderFunctionArgs) {
  return redirect("/");
}
