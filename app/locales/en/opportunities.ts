import type { opportunities as fr } from "../fr/opportunities";
import type { Translations } from "../types";

export const opportunities: Translations<typeof fr> = {};
