export * from "./geography";
export * from "./taxonomy";
export * from "./enterprises";
export * from "./accounts";
export * from "./search";
export * from "./auth";
export * from "./email";
export * from "./curation";
