import type { common as fr } from "../fr/common";
import type { Translations } from "../types";

export const common: Translations<typeof fr> = {
  appName: "Maillage",
  tagline: "Buying from Quebec's social-economy enterprises",
  skipToContent: "Skip to main content",
  nav: {
    signIn: "Sign in",
    signUp: "Create an account",
    signOut: "Sign out",
    account: "My account",
    myEnterprises: "My enterprises",
    hub: "Regional hub",
    admin: "Administration",
    userMenu: "Account menu",
    label: "Main navigation",
    home: "Home",
    directory: "Directory",
    procedure: "Contracting route",
    about: "About / Sources",
  },
  language: {
    label: "Language",
    switchTo: "Français",
    switchToLang: "fr",
    current: "English",
  },
  footer: {
    initiative: "Inspired by Quebec's 2011 initiative “L'économie sociale, j'achète!”.",
    sources: "Data sources and licences",
    demo: "The enterprises shown are fictitious demonstration data.",
  },
  pagination: {
    label: "Pagination",
    previous: "Previous",
    next: "Next",
    page: "Page {{page}} of {{pages}}",
  },
  count: {
    enterprises_one: "{{count, number}} enterprise",
    enterprises_other: "{{count, number}} enterprises",
  },
  demoListing: "Fictitious demonstration listing",
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "The page you asked for does not exist or has moved.",
    regionNotFound: "No administrative region has the code “{{code}}”.",
    categoryNotFound: "No category has the code “{{code}}”.",
    badRequestTitle: "Invalid request",
    forbiddenTitle: "Access denied",
    forbiddenBody: "You are not allowed to see this page.",
    serverErrorTitle: "Something went wrong",
    serverErrorBody: "We could not display this page. Please try again in a moment.",
    backHome: "Back to the home page",
  },
};
