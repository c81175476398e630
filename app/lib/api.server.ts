import type { ParamProblem } from "~/search/params";

// Resource routes answer real Responses: single fetch's data() status only applies to UI routes.
const JSON_TYPE = "application/json; charset=utf-8";

/** A JSON error body every API endpoint shares: `{ problems: [{ path, message: { fr, en } }] }`. */
export function apiProblems(status: number, problems: ParamProblem[], headers: Record<string, string> = {}): Response {
  return Response.json(
    { problems },
    { status, headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store", ...headers } },
  );
}

export function apiJson<T>(body: T, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { "Content-Type": JSON_TYPE, ...init.headers } });
}

export function methodNotAllowed(allow: string): Response {
  return apiProblems(
    405,
    [
      {
        path: "",
        message: { fr: `Méthode non permise : utilisez ${allow}.`, en: `Method not allowed: use ${allow}.` },
      },
    ],
    {
      Allow: allow,
    },
  );
}
