import type { account as fr } from "../fr/account";
import type { Translations } from "../types";

export const account: Translations<typeof fr> = {};
