import type { admin as fr } from "../fr/admin";
import type { Translations } from "../types";

export const admin: Translations<typeof fr> = {};
