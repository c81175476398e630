import { about } from "./about";
import { common } from "./common";
import { directory } from "./directory";

export const en = { common, directory, about };
