import { en } from "./en";
import { fr } from "./fr";

export const resources = { fr, en } as const;
