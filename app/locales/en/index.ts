import { needs } from "./needs";
import { opportunities } from "./opportunities";
import { notifications } from "./notifications";
import { alerts } from "./alerts";
import { account } from "./account";
import { admin } from "./admin";
import { curation } from "./curation";
import { emails } from "./emails";
import { forms } from "./forms";
import { register } from "./register";
import { about } from "./about";
import { common } from "./common";
import { directory } from "./directory";
import { procedure } from "./procedure";
import { search } from "./search";

export const en = {
  common,
  directory,
  about,
  search,
  procedure,
  account,
  register,
  curation,
  admin,
  emails,
  forms,
  needs,
  opportunities,
  notifications,
  alerts,
};
