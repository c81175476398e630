import type { register as fr } from "../fr/register";
import type { Translations } from "../types";

export const register: Translations<typeof fr> = {};
