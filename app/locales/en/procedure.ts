import type { procedure as fr } from "../fr/procedure";
import type { Translations } from "../types";

export const procedure: Translations<typeof fr> = {};
