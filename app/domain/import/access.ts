import { canCurateRegion, isAdmin, type Actor } from "../authz";

/** Largest file accepted (a province-wide REQ extract of social-economy forms is about 3 MB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** A preview waits this long for confirmation; after that the file must be uploaded again. */
export const PREVIEW_TTL_MS = 24 * 3600_000;

/** Hub curators import for their hubs' regions; admins for any hub or every region. */
export function canImport(actor: Actor | null): boolean {
  return isAdmin(actor) || Boolean(actor?.roles.has("hub_curator") && actor.curatedRegions.size > 0);
}

/** A run is the business of whoever curates every one of its regions (and of admins). */
export function canManageImportRun(actor: Actor | null, run: { regionCodes: readonly string[] }): boolean {
  if (isAdmin(actor)) return true;
  return run.regionCodes.length > 0 && run.regionCodes.every((r) => canCurateRegion(actor, r));
}
