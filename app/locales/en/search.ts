import type { search as fr } from "../fr/search";
import type { Translations } from "../types";

export const search: Translations<typeof fr> = {};
