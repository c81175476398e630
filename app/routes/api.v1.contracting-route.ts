// POST /api/v1/contracting-route: the module's input as JSON → its answer as JSON, the same
// schema as `npm run route` (see docs/api.md). Bad input is always a 4xx with named problems.
import type { ActionFunctionArgs } from "@remix-run/node";
import { tryEvaluateContractingRoutes, type Localized, type Problem } from "~/domain/contracting";
import { l } from "~/domain/contracting/text";

/** A contracting input is a few hundred bytes; anything this large is not one. */
const MAX_BODY_BYTES = 64 * 1024;

const HEADERS = { "Cache-Control": "no-store" };

const MESSAGES = {
  invalidJson: l("Le corps de la requête n'est pas un JSON valide.", "The request body is not valid JSON."),
  contentType: l(
    "Envoyez le corps en JSON avec l'en-tête Content-Type: application/json.",
    "Send the body as JSON with the Content-Type: application/json header.",
  ),
  method: l("Cette adresse n'accepte que la méthode POST.", "This address only accepts the POST method."),
  tooLarge: l(
    "Le corps de la requête est trop volumineux (64 Kio au plus).",
    "The request body is too large (64 KiB at most).",
  ),
  internal: l("Erreur interne lors de l'évaluation.", "Internal error during the evaluation."),
};

function problems(status: number, list: Problem[], headers: Record<string, string> = {}) {
  return Response.json({ problems: list }, { status, headers: { ...HEADERS, ...headers } });
}

const whole = (message: Localized): Problem[] => [{ path: "", message }];

function isJson(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || /^application\/[\w.-]+\+json$/.test(mediaType);
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return problems(405, whole(MESSAGES.method), { Allow: "POST" });
  if (!isJson(request.headers.get("Content-Type"))) return problems(415, whole(MESSAGES.contentType));
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_BODY_BYTES) {
    return problems(413, whole(MESSAGES.tooLarge));
  }
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return problems(413, whole(MESSAGES.tooLarge));

  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return problems(400, whole(MESSAGES.invalidJson));
  }
  try {
    const result = tryEvaluateContractingRoutes(raw);
    if (!result.ok) return problems(400, result.error.problems);
    return Response.json(result.answer, { headers: HEADERS });
  } catch (error) {
    // Only a bug reaches this point: bad input is a 400 above.
    console.error(error);
    return problems(500, whole(MESSAGES.internal));
  }
}

export function loader() {
  return problems(405, whole(MESSAGES.method), { Allow: "POST" });
}
