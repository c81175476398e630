import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import type { Db } from "#db/client";
import type { ListingStatus } from "#db/schema";
import { fr } from "~/locales/fr";

/**
 * A region's listings as a spreadsheet for the hub's own work: one row per listing, every
 * status, French headers and values (the hubs publish in French).
 */
type ExportRow = {
  id: number;
  neq: string | null;
  publicName: string;
  legalName: string;
  status: ListingStatus;
  legalStatus: string;
  coopCategory: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  municipality: string;
  mrc: string | null;
  region: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  slug: string;
  serviceAreaScope: "province" | "custom";
  categories: string | null;
  areas: string | null;
  lastVerifiedAt: number | null;
  lastConfirmedAt: number | null;
  publishedAt: number | null;
};

export function listRegionExportRows(db: Db, regionCode: string): ExportRow[] {
  return db.all<ExportRow>(sql`
    select e.id, e.neq, e.public_name as publicName, e.legal_name as legalName, e.status,
      e.legal_status as legalStatus, e.coop_category as coopCategory,
      e.street_address as streetAddress, e.postal_code as postalCode,
      m.name as municipality, mr.name as mrc, g.name_fr as region,
      e.email, e.phone, e.website, e.slug, e.service_area_scope as serviceAreaScope,
      (select group_concat(c.name_fr, ' ; ') from (select c.name_fr from enterprise_categories ec
         join categories c on c.code = ec.category_code where ec.enterprise_id = e.id order by ec.position) c)
        as categories,
      (select group_concat(name, ' ; ') from (
         select coalesce(r.name_fr, amr.name, amu.name, a.code) as name
         from enterprise_service_areas a
         left join regions r on a.kind = 'region' and r.code = a.code
         left join mrcs amr on a.kind = 'mrc' and amr.code = a.code
         left join municipalities amu on a.kind = 'municipality' and amu.code = a.code
         where a.enterprise_id = e.id order by a.kind desc, name)) as areas,
      e.last_verified_at as lastVerifiedAt, e.last_confirmed_at as lastConfirmedAt, e.published_at as publishedAt
    from enterprises e
    join municipalities m on m.code = e.municipality_code
    join regions g on g.code = m.region_code
    left join mrcs mr on mr.code = m.mrc_code
    where m.region_code = ${regionCode}
    order by e.public_name collate nocase, e.id`);
}

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection, OWASP):
// a leading apostrophe makes Excel show it as text.
const neutralizeFormula = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const day = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString().slice(0, 10));

export const EXPORT_COLUMNS = [
  "NEQ",
  "Nom public",
  "Nom légal",
  "État de la fiche",
  "Statut juridique",
  "Adresse",
  "Code postal",
  "Municipalité",
  "MRC",
  "Région",
  "Courriel",
  "Téléphone",
  "Site Web",
  "Catégories",
  "Zone de service",
  "Publiée le",
  "Vérifiée par le pôle le",
  "Confirmée à jour le",
  "Fiche publique",
] as const;

/**
 * The CSV text with a UTF-8 byte-order mark so Excel reads the accents, and semicolons, the
 * list separator of French-language Excel (`delimiter: ","` for other tools).
 */
export function regionExportCsv(
  rows: ExportRow[],
  { origin, delimiter = ";" }: { origin: string; delimiter?: ";" | "," },
): string {
  const { directory } = fr;
  const records = rows.map((r) => [
    r.neq ?? "",
    r.publicName,
    r.legalName,
    directory.listingStatus[r.status],
    r.coopCategory
      ? directory.coopCategory[r.coopCategory as keyof typeof directory.coopCategory]
      : directory.legalStatus[r.legalStatus as keyof typeof directory.legalStatus],
    r.streetAddress ?? "",
    r.postalCode ?? "",
    r.municipality,
    r.mrc ?? "",
    r.region,
    r.email ?? "",
    r.phone ?? "",
    r.website ?? "",
    r.categories ?? "",
    r.serviceAreaScope === "province" ? fr.curation.scope.province : (r.areas ?? ""),
    day(r.publishedAt),
    day(r.lastVerifiedAt),
    day(r.lastConfirmedAt),
    r.status === "published" ? new URL(`/entreprises/${r.slug}`, origin).toString() : "",
  ]);
  return stringify(
    records.map((cells) => cells.map(neutralizeFormula)),
    {
      bom: true,
      delimiter,
      header: true,
      columns: [...EXPORT_COLUMNS],
      record_delimiter: "windows",
    },
  );
}
