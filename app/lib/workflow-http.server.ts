import { data } from "@remix-run/node";
import { getDb } from "./db.server";
import { getSearch } from "./search.server";
import type { CurrentUser } from "./session.server";
import { WorkflowError, type WorkflowContext } from "~/models/listing-workflow.server";

/** The context listing writes need, from the request and the signed-in user. */
export function workflowContext(request: Request, user: CurrentUser): WorkflowContext {
  return { db: getDb(), actor: user.actor, engines: getSearch().engineNames, origin: new URL(request.url).origin };
}

/** Applies pending index operations now, so the change is searchable when the page reloads. */
export async function syncSearchSoon(): Promise<void> {
  await getSearch()
    .drainOutbox()
    .catch((error: unknown) => console.error("[search] drain after write:", error));
}

/** Maps a workflow refusal to an HTTP answer with a localized message (403, 404, 409). */
export function workflowErrorResponse(
  error: unknown,
  messages: { forbidden: string; notFound: string; conflict: string },
): never {
  if (error instanceof WorkflowError) {
    if (error.code === "forbidden") throw data({ message: messages.forbidden }, { status: 403 });
    if (error.code === "not_found") throw data({ message: messages.notFound }, { status: 404 });
    throw data({ message: messages.conflict }, { status: 409 });
  }
  throw error;
}
