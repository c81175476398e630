export * from "./types";
export { scoreCandidate } from "./score";
export { rankCandidates, compareMatches } from "./rank";
export { simplerRouteStatuses } from "./simpler-route";
export { suggestCategories } from "./suggest-categories";
export { WEIGHTS, NEARBY_KM, BAND_CAPACITY_CAD } from "./weights";
export { MatchIndex } from "./match-index";
