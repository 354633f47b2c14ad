/**
 * The one rounding rule every score uses, so Apex and TypeScript agree on the reported value.
 *
 * Rule: round half away from zero to one decimal place. Computations use unrounded values; only
 * reported figures are rounded. Apex: `Decimal.setScale(1, RoundingMode.HALF_UP)` on a Decimal
 * computation. Binary floating point stores e.g. 62.45 as 62.4499999…, so this implementation adds
 * 1e-9 before flooring: exact halves land where decimal arithmetic puts them (scores are at most
 * 100, so float noise is ~1e-13, far below the nudge).
 */
export function roundToTenth(value: number): number {
  const rounded = Math.floor(Math.abs(value) * 10 + 0.5 + 1e-9) / 10;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Maps a 1-5 rating (or a mean of ratings) onto 0-100: (rating − 1) / 4 × 100. */
export function ratingToScore(rating: number): number {
  return ((rating - 1) / 4) * 100;
}
