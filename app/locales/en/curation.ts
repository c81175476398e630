import type { curation as fr } from "../fr/curation";
import type { Translations } from "../types";

export const curation: Translations<typeof fr> = {};
