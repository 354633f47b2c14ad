/**
 * Collaboration index: how the partnership is rated, through the customer's eyes (the headline)
 * and the internal cross-functional view, with the dimensions and functions that hold it back.
 *
 * Rules (mirrored by Apex, vectors in spec/collaboration-index.json):
 * - A dimension is rated by Customer respondents, Internal respondents or Both (its audience).
 *   A rating outside the dimension's audience is excluded and listed in `excludedRatings`.
 * - Dimension score per side = (mean of its 1-5 ratings − 1) / 4 × 100; N/A (null) is ignored.
 * - Side index = Σ(weight × dimension score) / Σ(weight) over the side's dimensions that have
 *   ratings; null when none has ratings or their weights sum to 0.
 * - Respondents per side = assessments with at least one usable rating.
 * - Margin: each respondent's own index r_i (same formula, their ratings only); with n ≥ 2,
 *   margin = 1.96 × s / √n where s is the sample standard deviation (n − 1) of the r_i — the
 *   half-width of a normal 95% interval. With n = 1, s is taken as 50, the largest spread a
 *   0-100 score can have, so margin = 98. Capped at 100. r_i are summed in ascending order.
 * - Provisional when respondents < settings.minimumRespondents.
 * - Gap (audience Both, both sides scored) = internal − customer, from the rounded scores.
 * - Roadblocks: customer dimension score < roadblockScoreBelow; |gap| ≥ roadblockGapAtLeast;
 *   the internal function(s) with the lowest function index, when two or more functions are
 *   scored and they do not all score the same.
 * - Summary (stored per account and period): indexGap = rounded internal − rounded customer index;
 *   weakestDimension = the dimension with the lowest customer score (first in sequence on a tie);
 *   lowestFunction = the first LaggingFunction roadblock's function.
 * - Reported numbers are rounded with roundToTenth; the record order never changes a result.
 */
import { RESPONDENT_TYPES } from "../values";
import type { CollaborationAssessmentDto, CollaborationDimensionConfig, ScoringSettingsConfig } from "../contract";
import type { RespondentType } from "../values";
import { checkSettings, dimensionsByCode } from "../config/configChecks";
import { bySequenceThenCode, compareText } from "../plan/order";
import { fail, optionalText, requireArray, requireObject, requireOneOf, requireRating, requireText } from "../input";
import { ratingToScore, roundToTenth } from "./rounding";

/** z for a two-sided 95% interval. */
export const MARGIN_Z = 1.96;
/** Spread assumed for a single respondent: the largest standard deviation on a 0-100 scale. */
export const SINGLE_RESPONDENT_SPREAD = 50;

export type SideStatus = "Scored" | "NoRatings" | "NoWeight";

export interface CollaborationSide {
  score: number | null;
  status: SideStatus;
  respondents: number;
  minimumRespondents: number;
  provisional: boolean;
  margin: number | null;
}

export interface CollaborationDimensionPart {
  code: string;
  label: string;
  audience: CollaborationDimensionConfig["audience"];
  weight: number;
  customerScore: number | null;
  customerRatings: number;
  internalScore: number | null;
  internalRatings: number;
  gap: number | null;
}

export interface CollaborationFunctionPart {
  function: string;
  respondents: number;
  score: number | null;
}

export type CollaborationRoadblock =
  | { kind: "LowCustomerScore"; dimension: string; score: number; threshold: number }
  | { kind: "Gap"; dimension: string; gap: number; customerScore: number; internalScore: number; threshold: number }
  | { kind: "LaggingFunction"; function: string; score: number; highestFunctionScore: number };

export interface ExcludedRating {
  assessment: string;
  dimension: string;
  reason: "OutsideAudience";
}

/** The figures stored beside the two indices (Collaboration_Result__c). */
export interface CollaborationSummary {
  indexGap: number | null;
  weakestDimension: string | null;
  lowestFunction: string | null;
}

export interface CollaborationIndexResult {
  /** The customer index: the number shown first. */
  headline: number | null;
  customer: CollaborationSide;
  internal: CollaborationSide;
  dimensions: CollaborationDimensionPart[];
  /** Internal functions, lowest index first (respondents without a function are not ranked). */
  functions: CollaborationFunctionPart[];
  roadblocks: CollaborationRoadblock[];
  excludedRatings: ExcludedRating[];
  summary: CollaborationSummary;
}

/** One usable rating after validation. */
interface UsableRating {
  dimension: string;
  score: number;
}

interface Respondent {
  side: RespondentType;
  func: string | null;
  ratings: UsableRating[];
}

/** Sum and count of integer ratings per dimension code: exact, so order never matters. */
type Tally = Map<string, { sum: number; count: number }>;

export function computeCollaborationIndex(
  assessments: CollaborationAssessmentDto[],
  dimensions: CollaborationDimensionConfig[],
  settings: ScoringSettingsConfig
): CollaborationIndexResult {
  checkSettings(settings);
  const byCode = dimensionsByCode(dimensions);
  const ordered = [...byCode.values()].sort(bySequenceThenCode);
  const excludedRatings: ExcludedRating[] = [];
  const respondents = requireArray(assessments, "assessments").map((assessment, i) =>
    readAssessment(assessment, i, byCode, excludedRatings)
  );

  const customerRespondents = respondents.filter((r) => r.side === "Customer");
  const internalRespondents = respondents.filter((r) => r.side === "Internal");
  const customerTally = tally(customerRespondents);
  const internalTally = tally(internalRespondents);
  const customer = side(customerRespondents, customerTally, byCode, settings);
  const internal = side(internalRespondents, internalTally, byCode, settings);

  const parts = ordered.map((d) => dimensionPart(d, customerTally, internalTally));
  const functions = functionParts(internalRespondents, byCode);
  const blocks = roadblocks(parts, functions, settings);
  return {
    headline: customer.score,
    customer,
    internal,
    dimensions: parts,
    functions,
    roadblocks: blocks,
    excludedRatings: excludedRatings.sort(
      (a, b) => compareText(a.assessment, b.assessment) || compareText(a.dimension, b.dimension)
    ),
    summary: summary(customer, internal, parts, blocks)
  };
}

function summary(
  customer: CollaborationSide,
  internal: CollaborationSide,
  parts: CollaborationDimensionPart[],
  blocks: CollaborationRoadblock[]
): CollaborationSummary {
  let weakest: CollaborationDimensionPart | null = null;
  for (const part of parts) {
    if (part.customerScore !== null && (weakest === null || part.customerScore < weakest.customerScore!))
      weakest = part;
  }
  const lagging = blocks.find((b) => b.kind === "LaggingFunction");
  return {
    indexGap: customer.score !== null && internal.score !== null ? roundToTenth(internal.score - customer.score) : null,
    weakestDimension: weakest ? weakest.code : null,
    lowestFunction: lagging && lagging.kind === "LaggingFunction" ? lagging.function : null
  };
}

function readAssessment(
  assessment: CollaborationAssessmentDto,
  i: number,
  byCode: Map<string, CollaborationDimensionConfig>,
  excluded: ExcludedRating[]
): Respondent {
  const where = `assessments[${i}]`;
  requireObject(assessment, where);
  const side = requireOneOf(assessment.respondentType, RESPONDENT_TYPES, `${where}.respondentType`);
  const func = optionalText(assessment.function, `${where}.function`);
  const label = assessment.id ?? where;
  const seen = new Set<string>();
  const ratings: UsableRating[] = [];
  requireArray(assessment.ratings, `${where}.ratings`).forEach((rating, j) => {
    const at = `${where}.ratings[${j}]`;
    requireObject(rating, at);
    const code = requireText(rating.dimension, `${at}.dimension`);
    const dimension = byCode.get(code);
    if (!dimension) {
      fail("UNKNOWN_DIMENSION", `${at}.dimension "${code}" is not a configured collaboration dimension.`);
    }
    if (seen.has(code)) fail("DUPLICATE_RATING", `${where} rates the dimension "${code}" more than once.`);
    seen.add(code);
    if (rating.score === null) return; // N/A
    const score = requireRating(rating.score, `${at}.score`);
    if (dimension.audience !== "Both" && dimension.audience !== side) {
      excluded.push({ assessment: label, dimension: code, reason: "OutsideAudience" });
      return;
    }
    ratings.push({ dimension: code, score });
  });
  return { side, func, ratings };
}

function tally(respondents: Respondent[]): Tally {
  const result: Tally = new Map();
  for (const respondent of respondents) {
    for (const rating of respondent.ratings) {
      const entry = result.get(rating.dimension) ?? { sum: 0, count: 0 };
      entry.sum += rating.score;
      entry.count += 1;
      result.set(rating.dimension, entry);
    }
  }
  return result;
}

/** Unrounded weighted index over the dimensions present in the tally; null if none or no weight. */
function weightedIndex(
  counts: Tally,
  byCode: Map<string, CollaborationDimensionConfig>
): { score: number | null; status: SideStatus } {
  if (counts.size === 0) return { score: null, status: "NoRatings" };
  let weighted = 0;
  let weights = 0;
  // Iterate in code order so floating-point sums do not depend on record order.
  for (const code of [...counts.keys()].sort(compareText)) {
    const { sum, count } = counts.get(code)!;
    const weight = byCode.get(code)!.weight;
    weighted += weight * ratingToScore(sum / count);
    weights += weight;
  }
  return weights > 0 ? { score: weighted / weights, status: "Scored" } : { score: null, status: "NoWeight" };
}

function side(
  respondents: Respondent[],
  counts: Tally,
  byCode: Map<string, CollaborationDimensionConfig>,
  settings: ScoringSettingsConfig
): CollaborationSide {
  const rated = respondents.filter((r) => r.ratings.length > 0);
  const { score, status } = weightedIndex(counts, byCode);
  return {
    score: score === null ? null : roundToTenth(score),
    status,
    respondents: rated.length,
    minimumRespondents: settings.minimumRespondents,
    provisional: rated.length < settings.minimumRespondents,
    margin: score === null ? null : margin(rated, byCode)
  };
}

/** Half-width of a 95% interval from the spread of the respondents' own indices (see header). */
function margin(respondents: Respondent[], byCode: Map<string, CollaborationDimensionConfig>): number {
  const scores = respondents
    .map((r) => weightedIndex(tally([r]), byCode).score)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  // A side with a score has a respondent who rated a weighted dimension, so n ≥ 1.
  const n = scores.length;
  let spread = SINGLE_RESPONDENT_SPREAD;
  if (n > 1) {
    const mean = scores.reduce((total, s) => total + s, 0) / n;
    const squares = scores.map((s) => (s - mean) * (s - mean)).sort((a, b) => a - b);
    spread = Math.sqrt(squares.reduce((total, s) => total + s, 0) / (n - 1));
  }
  return roundToTenth(Math.min(100, (MARGIN_Z * spread) / Math.sqrt(n)));
}

function dimensionPart(
  dimension: CollaborationDimensionConfig,
  customerTally: Tally,
  internalTally: Tally
): CollaborationDimensionPart {
  const c = customerTally.get(dimension.code);
  const i = internalTally.get(dimension.code);
  const customerScore = c ? roundToTenth(ratingToScore(c.sum / c.count)) : null;
  const internalScore = i ? roundToTenth(ratingToScore(i.sum / i.count)) : null;
  return {
    code: dimension.code,
    label: dimension.label,
    audience: dimension.audience,
    weight: dimension.weight,
    customerScore,
    customerRatings: c ? c.count : 0,
    internalScore,
    internalRatings: i ? i.count : 0,
    gap: customerScore !== null && internalScore !== null ? roundToTenth(internalScore - customerScore) : null
  };
}

function functionParts(
  internal: Respondent[],
  byCode: Map<string, CollaborationDimensionConfig>
): CollaborationFunctionPart[] {
  const groups = new Map<string, Respondent[]>();
  for (const respondent of internal) {
    if (respondent.func === null || respondent.ratings.length === 0) continue;
    const members = groups.get(respondent.func);
    if (members) members.push(respondent);
    else groups.set(respondent.func, [respondent]);
  }
  return [...groups.entries()]
    .map(([name, members]) => {
      const { score } = weightedIndex(tally(members), byCode);
      return { function: name, respondents: members.length, score: score === null ? null : roundToTenth(score) };
    })
    .sort(
      (a, b) =>
        (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) ||
        (a.score ?? 0) - (b.score ?? 0) ||
        compareText(a.function, b.function)
    );
}

function roadblocks(
  parts: CollaborationDimensionPart[],
  functions: CollaborationFunctionPart[],
  settings: ScoringSettingsConfig
): CollaborationRoadblock[] {
  const result: CollaborationRoadblock[] = [];
  for (const part of parts) {
    if (part.customerScore !== null && part.customerScore < settings.roadblockScoreBelow) {
      result.push({
        kind: "LowCustomerScore",
        dimension: part.code,
        score: part.customerScore,
        threshold: settings.roadblockScoreBelow
      });
    }
  }
  for (const part of parts) {
    if (part.gap !== null && Math.abs(part.gap) >= settings.roadblockGapAtLeast) {
      result.push({
        kind: "Gap",
        dimension: part.code,
        gap: part.gap,
        customerScore: part.customerScore!,
        internalScore: part.internalScore!,
        threshold: settings.roadblockGapAtLeast
      });
    }
  }
  const scored = functions.filter((f) => f.score !== null) as { function: string; score: number }[];
  if (scored.length >= 2) {
    const lowest = scored[0].score;
    const highest = scored[scored.length - 1].score;
    if (lowest < highest) {
      for (const f of scored.filter((x) => x.score === lowest)) {
        result.push({ kind: "LaggingFunction", function: f.function, score: f.score, highestFunctionScore: highest });
      }
    }
  }
  return result;
}
