/**
 * Key-account priority: how attractive an account is, from its selection-criterion ratings.
 *
 * Rules (mirrored by Apex, vectors in spec/priority.json):
 * - Criterion score = (rating − 1) / 4 × 100 (ratings are whole numbers 1-5).
 * - Weight = the account archetype's override for that criterion when it has one, else the
 *   criterion's global weight.
 * - Score = Σ(weight × criterion score) / Σ(weight) over the rated criteria; null when no rated
 *   criterion carries weight. `weightCovered` = rated weight / total weight × 100 tells how much
 *   of the model the ratings cover; criteria with weight and no rating are `missingCriteria`.
 * - Tier, from the rounded score: A when ≥ tierAThreshold, B when ≥ tierBThreshold, else C;
 *   null without a score.
 * - Contribution of a criterion = weight × score / Σ(rated weights): contributions add up to the
 *   score (before rounding). Reported numbers use roundToTenth.
 */
import type {
  HealthcareArchetypeConfig,
  ScoringSettingsConfig,
  SelectionCriterionConfig,
  SelectionRatingDto
} from "../contract";
import { checkSettings, checkWeight, criteriaByCode } from "../config/configChecks";
import { bySequenceThenCode } from "../plan/order";
import { fail, requireArray, requireObject, requireRating, requireText } from "../input";
import { ratingToScore, roundToTenth } from "./rounding";
import type { PriorityTier } from "../values";

export type { PriorityTier };

export interface PriorityCriterionPart {
  code: string;
  label: string;
  weight: number;
  weightSource: "Archetype" | "Global";
  rating: number | null;
  score: number | null;
  contribution: number | null;
}

export interface KeyAccountPriorityResult {
  score: number | null;
  tier: PriorityTier | null;
  criteria: PriorityCriterionPart[];
  missingCriteria: string[];
  weightCovered: number | null;
  archetypeCode: string | null;
}

export function computeKeyAccountPriority(
  ratings: SelectionRatingDto[],
  criteria: SelectionCriterionConfig[],
  settings: ScoringSettingsConfig,
  archetype: HealthcareArchetypeConfig | null = null
): KeyAccountPriorityResult {
  checkSettings(settings);
  const byCode = criteriaByCode(criteria);
  const overrides = archetypeOverrides(archetype);
  const rated = readRatings(ratings, byCode);

  const weighted = [...byCode.values()].sort(bySequenceThenCode).map((criterion) => {
    const override = overrides.get(criterion.code);
    return {
      criterion,
      weight: override ?? criterion.weight,
      weightSource: override === undefined ? ("Global" as const) : ("Archetype" as const),
      rating: rated.get(criterion.code) ?? null
    };
  });
  let totalWeight = 0;
  let ratedWeight = 0;
  let sum = 0;
  for (const w of weighted) {
    totalWeight += w.weight;
    if (w.rating === null) continue;
    ratedWeight += w.weight;
    sum += w.weight * ratingToScore(w.rating);
  }
  const raw = ratedWeight > 0 ? sum / ratedWeight : null;
  const score = raw === null ? null : roundToTenth(raw);
  return {
    score,
    tier: score === null ? null : tierOf(score, settings),
    criteria: weighted.map((w) => ({
      code: w.criterion.code,
      label: w.criterion.label,
      weight: w.weight,
      weightSource: w.weightSource,
      rating: w.rating,
      score: w.rating === null ? null : roundToTenth(ratingToScore(w.rating)),
      contribution:
        w.rating === null || ratedWeight === 0 ? null : roundToTenth((w.weight * ratingToScore(w.rating)) / ratedWeight)
    })),
    missingCriteria: weighted.filter((w) => w.rating === null && w.weight > 0).map((w) => w.criterion.code),
    weightCovered: totalWeight > 0 ? roundToTenth((ratedWeight / totalWeight) * 100) : null,
    archetypeCode: archetype ? archetype.code : null
  };
}

export function tierOf(score: number, settings: ScoringSettingsConfig): PriorityTier {
  if (score >= settings.tierAThreshold) return "A";
  return score >= settings.tierBThreshold ? "B" : "C";
}

/** Overrides of known criteria; overrides naming unknown criteria change nothing (configuration gap). */
function archetypeOverrides(archetype: HealthcareArchetypeConfig | null): Map<string, number> {
  const result = new Map<string, number>();
  if (archetype === null || archetype === undefined) return result;
  requireObject(archetype, "archetype");
  requireText(archetype.code, "archetype.code");
  const weights = archetype.criterionWeights ?? {};
  requireObject(weights, `archetype "${archetype.code}".criterionWeights`);
  for (const code of Object.keys(weights)) {
    result.set(code, checkWeight(weights[code], `archetype "${archetype.code}".criterionWeights.${code}`));
  }
  return result;
}

function readRatings(
  ratings: SelectionRatingDto[],
  byCode: Map<string, SelectionCriterionConfig>
): Map<string, number> {
  const result = new Map<string, number>();
  requireArray(ratings, "ratings").forEach((rating, i) => {
    requireObject(rating, `ratings[${i}]`);
    const code = requireText(rating.criterion, `ratings[${i}].criterion`);
    if (!byCode.has(code)) {
      fail("UNKNOWN_CRITERION", `ratings[${i}].criterion "${code}" is not a configured selection criterion.`);
    }
    if (result.has(code)) fail("DUPLICATE_RATING", `ratings: the criterion "${code}" is rated more than once.`);
    result.set(code, requireRating(rating.rating, `ratings[${i}].rating`));
  });
  return result;
}
