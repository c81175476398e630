import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const here = path.dirname(fileURLToPath(import.meta.url));

export function readReferenceCsv<T extends Record<string, string>>(file: string): T[] {
  return parse(fs.readFileSync(path.join(here, file), "utf8"), {
    columns: true,
    skip_empty_lines: true,
  }) as T[];
}
