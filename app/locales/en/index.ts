import { about } from "./about";
import { common } from "./common";
import { directory } from "./directory";
import { procedure } from "./procedure";
import { search } from "./search";

export const en = { common, directory, about, search, procedure };
