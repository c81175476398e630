import type { alerts as fr } from "../fr/alerts";
import type { Translations } from "../types";

export const alerts: Translations<typeof fr> = {};
