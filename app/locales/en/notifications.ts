import type { notifications as fr } from "../fr/notifications";
import type { Translations } from "../types";

export const notifications: Translations<typeof fr> = {};
