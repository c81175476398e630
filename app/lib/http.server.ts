import { data } from "@remix-run/node";
import { z } from "zod";

/** Throws a 404 whose message the error boundary shows (already localized by the caller). */
export function notFound(message: string): never {
  throw data({ message }, { status: 404 });
}

export const PageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export function readPage(url: URL): number {
  return PageSchema.parse(url.searchParams.get("page") ?? undefined);
}
