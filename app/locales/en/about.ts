import type { about as fr } from "../fr/about";
import type { Translations } from "../types";

export const about: Translations<typeof fr> = {
  title: "About Maillage and data sources",
  intro:
    "Maillage helps Quebec's public buyers — ministries and government bodies, the health and education networks, municipalities — know what social-economy enterprises offer and choose the right contracting route.",
  sourcesHeading: "Reference data sources",
  sourcesIntro: "Geographic data and classifications come from open public sources:",
  licencesHeading: "Licences",
  unspscNote:
    "UNSPSC® codes (segments and families) are used as a crosswalk; their titles are not reproduced because they are not published under an open licence.",
  demoHeading: "Demonstration data",
  demoBody:
    "The enterprises shown in this demonstration are entirely fictitious: names, descriptions and contact details are generated. Any resemblance to a real organization is coincidental.",
};
