import { z } from "zod";
import { COOP_CATEGORIES, LEGAL_STATUSES, SERVICE_AREA_SCOPES } from "#db/schema/enterprises";

/**
 * What a result card shows of a listing, stored with its search document. Engines return it
 * with each hit, so a result page reads no other table, and a card shows the listing as it
 * was indexed: the same version its text and facets matched.
 */
export const documentCardSchema = z.object({
  name: z.string(),
  legalStatus: z.enum(LEGAL_STATUSES),
  coopCategory: z.enum(COOP_CATEGORIES).nullable(),
  municipalityName: z.string(),
  regionCode: z.string(),
  serviceAreaScope: z.enum(SERVICE_AREA_SCOPES),
  isDemo: z.boolean(),
  /** The listing's first categories (codes), in its own order. */
  categories: z.array(z.string()).max(3),
});

export type DocumentCard = z.infer<typeof documentCardSchema>;

/** Categories a card names. */
export const CARD_CATEGORIES = 3;
