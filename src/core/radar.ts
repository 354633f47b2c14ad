/**
 * Public surface of c/accordRadarCore: the needs radar's grouping (normalization, n-grams, similarity), compiled by
 * `npm run build` into its own LWC service module because only c/accordNeedsRadar uses it. What it shares with
 * c/accordCore (input checks, ordering, rounding) it imports from there (build/core-bundle.js).
 */
export {
  DEFAULT_SIMILARITY_THRESHOLD,
  groupNeeds,
  type NeedGroup,
  type NeedGroupingResult,
  type NeedSignal
} from "./text/needs";
