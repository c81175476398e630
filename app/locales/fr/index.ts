import { about } from "./about";
import { common } from "./common";
import { directory } from "./directory";

export const fr = { common, directory, about } as const;
