import { data } from "@remix-run/node";
import { z } from "zod";
import { isAdmin } from "~/domain/authz";
import type { Db } from "#db/client";
import { AdminError } from "~/models/admin.server";
import { getDb } from "./db.server";
import { getFixedT } from "./i18n.server";
import { requireAllowed } from "./session.server";

type T = Awaited<ReturnType<typeof getFixedT>>["t"];

/** The administration pages: an admin signed in; others get a 403, visitors the login page. */
export async function requireAdminUser(request: Request) {
  const { t, locale } = await getFixedT(request);
  const user = await requireAllowed(request, isAdmin, t("admin:errors.forbidden"));
  return { user, t, locale };
}

const IdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A numeric id from the URL, or a 404 with the given message. */
export function requireId(param: string | undefined, notFoundMessage: string): number {
  const id = IdSchema.safeParse(param);
  if (!id.success) throw data({ message: notFoundMessage }, { status: 404 });
  return id.data;
}

/**
 * An administration page about one record (a hub, an account): an admin signed in, the id
 * from the URL, the record, or a 404 with the given message when the id or the record is not.
 */
export async function requireAdminRecord<R>(
  request: Request,
  idParam: string | undefined,
  notFoundKey: "admin:errors.hubNotFound" | "admin:errors.userNotFound",
  load: (db: Db, id: number) => R,
) {
  const admin = await requireAdminUser(request);
  const notFound = admin.t(notFoundKey);
  const id = requireId(idParam, notFound);
  try {
    return { ...admin, record: load(getDb(), id) };
  } catch (error) {
    if (error instanceof AdminError) throw data({ message: notFound }, { status: 404 });
    throw error;
  }
}

/** A refused administration change as a localized sentence and the field it concerns. */
export function adminErrorMessage(t: T, error: AdminError): { field: string; message: string; status: number } {
  const d = error.detail;
  switch (error.code) {
    case "region_taken":
      return {
        field: "regions",
        message: t("admin:hubs.errors.regionTaken", { region: d.region, hub: d.hub }),
        status: 409,
      };
    case "unknown_region":
      return { field: "regions", message: t("admin:hubs.errors.unknownRegionCode", { region: d.region }), status: 400 };
    case "unknown_email":
      return { field: "email", message: t("admin:hubs.errors.unknownEmail", { email: d.email }), status: 400 };
    case "unverified":
      return { field: "email", message: t("admin:errors.unverified", { email: d.email }), status: 400 };
    case "already_curator":
      return { field: "email", message: t("admin:hubs.errors.alreadyCurator", { email: d.email }), status: 409 };
    case "not_curator":
      return { field: "", message: t("admin:hubs.errors.notCurator"), status: 409 };
    case "own_admin":
      return { field: "roles", message: t("admin:users.errors.ownAdmin"), status: 400 };
    case "hub_not_found":
      return { field: "", message: t("admin:errors.hubNotFound"), status: 404 };
    case "user_not_found":
      return { field: "", message: t("admin:errors.userNotFound"), status: 404 };
    case "forbidden":
      return { field: "", message: t("admin:errors.forbidden"), status: 403 };
  }
}
