/**
 * Turns the uploaded bytes into text, or says why they are not a CSV file. Spreadsheets save
 * CSV as UTF-8 (often with a BOM) or, in older French Excel, as Windows-1252: a file that is not
 * valid UTF-8 but has no binary bytes is read as Windows-1252 and the preview says so, so the
 * hub checks the accents before importing.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: "utf-8" | "windows-1252" }
  | { ok: false; error: "empty" | "binary" | "spreadsheet" | "pdf" | "image" };

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** Known binary formats people upload by mistake, recognized by their first bytes. */
function sniffBinary(bytes: Uint8Array): "spreadsheet" | "pdf" | "image" | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "spreadsheet"; // .xlsx, .ods (zip)
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "spreadsheet"; // .xls (OLE)
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // %PDF
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "image"; // PNG
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image"; // JPEG
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "image"; // GIF
  return null;
}

/** Control characters other than tab, CR and LF do not occur in a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > Math.max(2, sample.length / 1000);
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, €, œ…). Some Node builds
// decode the "windows-1252" label as plain Latin-1, so the table is here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    text += String.fromCharCode(...chunk);
  }
  return text;
}

export function decodeUpload(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: "empty" };
  const known = sniffBinary(bytes);
  if (known) return { ok: false, error: known };
  if (looksBinary(bytes)) return { ok: false, error: "binary" };
  let text: string;
  let encoding: "utf-8" | "windows-1252" = "utf-8";
  try {
    // `ignoreBOM: false` (the default) drops a UTF-8 byte-order mark.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = "windows-1252";
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return { ok: false, error: "empty" };
  return { ok: true, text, encoding };
}
