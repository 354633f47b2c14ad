/**
 * The key-account portfolio matrix (lwc/accordKeyAccountPortfolio): each account placed by attractiveness (its
 * priority score, 0-100) and relationship (its customer collaboration index, 0-100). Computed in the browser only
 * (the server stores no quadrant); vectors in spec/key-account-portfolio.json.
 *
 * Rules:
 * - Attractiveness is high from HIGH_PRIORITY_FROM (50) up, the relationship strong from
 *   STRONG_RELATIONSHIP_FROM (50) up: the middle of each 0-100 scale, and the point under which a collaboration
 *   dimension is already a roadblock for the customer.
 * - Invest: high attractiveness, strong relationship (build the partnership further).
 *   Develop: high attractiveness, weak relationship (the relationship is the work to do).
 *   Maintain: lower attractiveness, strong relationship (keep it with less effort).
 *   Reconsider: lower attractiveness, weak relationship (question the key-account status).
 * - An account without a priority score or without a collaboration index is not placed (null): its missing
 *   score is named instead of guessing a quadrant.
 */
export const HIGH_PRIORITY_FROM = 50;
export const STRONG_RELATIONSHIP_FROM = 50;
export const PORTFOLIO_QUADRANTS = ["Invest", "Develop", "Maintain", "Reconsider"] as const;
export type PortfolioQuadrant = (typeof PORTFOLIO_QUADRANTS)[number];

const isScore = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export function portfolioQuadrant(
  priorityScore: number | null | undefined,
  collaborationIndex: number | null | undefined
): PortfolioQuadrant | null {
  if (!isScore(priorityScore) || !isScore(collaborationIndex)) return null;
  const attractive = priorityScore >= HIGH_PRIORITY_FROM;
  const strong = collaborationIndex >= STRONG_RELATIONSHIP_FROM;
  if (attractive) return strong ? "Invest" : "Develop";
  return strong ? "Maintain" : "Reconsider";
}
