import { topK } from "~/lib/top-k";
import { scoreCandidate } from "./score";
import { simplerRouteStatuses } from "./simpler-route";
import type { Match, MatchCandidate, MatchNeed } from "./types";

/** Best first; equal scores by name then id, so the same inputs always give the same order. */
export function compareMatches(a: Match, b: Match): number {
  return b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || a.candidateId - b.candidateId;
}

function* scored(
  need: MatchNeed,
  candidates: Iterable<MatchCandidate>,
  simpler: ReturnType<typeof simplerRouteStatuses>,
) {
  for (const c of candidates) {
    const m = scoreCandidate(need, c, simpler);
    if (m) yield m;
  }
}

/** Scores every candidate and keeps the best `limit` matches, deterministically. */
export function rankCandidates(need: MatchNeed, candidates: Iterable<MatchCandidate>, limit = 50): Match[] {
  return topK(scored(need, candidates, simplerRouteStatuses(need)), limit, compareMatches);
}
