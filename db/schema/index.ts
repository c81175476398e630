export * from "./geography";
export * from "./taxonomy";
export * from "./enterprises";
export * from "./accounts";
export * from "./search";
