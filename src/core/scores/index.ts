/** Scores: all 0-100, each returned with its parts. */
export * from "./collaborationIndex";
export * from "./priority";
export * from "./stakeholderCoverage";
export { roundToTenth, ratingToScore } from "./rounding";
