// Bilingual text helpers: French typography (Office québécois de la langue française:
// non-breaking space before ":" and inside « », thin one before ";", non-breaking digit
// groups, typographic apostrophe) and amounts/dates.
import type { Localized } from "./types";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, "’")
    .replace(/ :/g, `${NBSP}:`)
    .replace(/ ;/g, `${NNBSP};`)
    .replace(/(\d) (?=\d{3}\b)/g, `$1${NBSP}`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`)
    .replace(/ \$/g, `${NBSP}$`)
    .replace(/ %/g, `${NBSP}%`);
}

/** Builds a localized text; French first, always. */
export function l(fr: string, en: string): Localized {
  return { fr: frenchTypography(fr), en };
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// Building an Intl.NumberFormat costs far more than using one: matching evaluates the rules
// for several statuses per need, so the formatters are made once.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f;
}

function currency(locale: string, amount: number): string {
  const whole = Number.isInteger(amount);
  return formatter(
    `${locale}:cad:${whole}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "CAD",
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }),
  ).format(amount);
}

export function money(amount: number): Localized {
  return { fr: currency("fr-CA", amount), en: currency("en-CA", amount) };
}

export function percent(rate: number): Localized {
  const format = (locale: string) =>
    formatter(
      `${locale}:percent`,
      () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 4 }),
    ).format(rate);
  return { fr: format("fr-CA"), en: format("en-CA") };
}

const MONTHS_FR = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1er janvier 2024" / "January 1, 2024" from an ISO date. */
export function longDate(iso: string): Localized {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const dayFr = d === 1 ? "1er" : String(d);
  return {
    fr: `${dayFr} ${MONTHS_FR[m - 1]} ${y}`,
    en: `${MONTHS_EN[m - 1]} ${d}, ${y}`,
  };
}

/** "en vigueur du … au …" / "in force from … to …" (open-ended when `to` is null). */
export function inForce(from: string, to: string | null): Localized {
  const f = longDate(from);
  if (to === null) return { fr: `en vigueur depuis le ${f.fr}`, en: `in force since ${f.en}` };
  const t = longDate(to);
  return { fr: `en vigueur du ${f.fr} au ${t.fr}`, en: `in force from ${f.en} to ${t.en}` };
}

/** Interpolates each `{name}` of a localized template with the matching localized value. */
export function fill(template: Localized, values: Record<string, Localized>): Localized {
  const sub = (s: string, lang: "fr" | "en") =>
    s.replace(/\{(\w+)\}/g, (_, k: string) => values[k]?.[lang] ?? `{${k}}`);
  return { fr: sub(template.fr, "fr"), en: sub(template.en, "en") };
}
