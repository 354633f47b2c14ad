/** Checks of the configuration a score depends on (custom metadata read by Apex or the preview). */
import { DIMENSION_AUDIENCES } from "../values";
import type { CollaborationDimensionConfig, ScoringSettingsConfig, SelectionCriterionConfig } from "../contract";
import { fail, requireArray, requireNumber, requireObject, requireOneOf, requireText } from "../input";

const MAX_WEIGHT = 1_000_000;
/** What the selection criterion weights add up to, globally and in each archetype after its overrides. */
export const CRITERION_WEIGHT_TOTAL = 100;

export function checkSettings(settings: ScoringSettingsConfig): ScoringSettingsConfig {
  requireObject(settings, "settings");
  requireNumber(settings.minimumRespondents, "settings.minimumRespondents", { min: 1, max: 1000, integer: true });
  requireNumber(settings.tierAThreshold, "settings.tierAThreshold", { min: 0, max: 100 });
  requireNumber(settings.tierBThreshold, "settings.tierBThreshold", { min: 0, max: 100 });
  requireNumber(settings.roadblockScoreBelow, "settings.roadblockScoreBelow", { min: 0, max: 100 });
  requireNumber(settings.roadblockGapAtLeast, "settings.roadblockGapAtLeast", { min: 0, max: 100 });
  if (settings.tierBThreshold > settings.tierAThreshold) {
    fail(
      "INVALID_CONFIGURATION",
      `settings.tierBThreshold (${settings.tierBThreshold}) must not exceed settings.tierAThreshold (${settings.tierAThreshold}).`
    );
  }
  return settings;
}

export function checkWeight(value: unknown, field: string): number {
  return requireNumber(value, field, { min: 0, max: MAX_WEIGHT });
}

/** Dimensions keyed by code, after checking each one and rejecting duplicate codes. */
export function dimensionsByCode(
  dimensions: CollaborationDimensionConfig[]
): Map<string, CollaborationDimensionConfig> {
  const byCode = new Map<string, CollaborationDimensionConfig>();
  requireArray(dimensions, "dimensions").forEach((dimension, i) => {
    requireObject(dimension, `dimensions[${i}]`);
    const code = requireText(dimension.code, `dimensions[${i}].code`);
    requireOneOf(dimension.audience, DIMENSION_AUDIENCES, `dimensions[${i}].audience`);
    checkWeight(dimension.weight, `dimensions[${i}].weight`);
    requireNumber(dimension.sequence, `dimensions[${i}].sequence`, { min: -MAX_WEIGHT, max: MAX_WEIGHT });
    if (byCode.has(code)) fail("DUPLICATE_CODE", `dimensions: the code "${code}" appears more than once.`);
    byCode.set(code, dimension);
  });
  return byCode;
}

export function criteriaByCode(criteria: SelectionCriterionConfig[]): Map<string, SelectionCriterionConfig> {
  const byCode = new Map<string, SelectionCriterionConfig>();
  requireArray(criteria, "criteria").forEach((criterion, i) => {
    requireObject(criterion, `criteria[${i}]`);
    const code = requireText(criterion.code, `criteria[${i}].code`);
    checkWeight(criterion.weight, `criteria[${i}].weight`);
    requireNumber(criterion.sequence, `criteria[${i}].sequence`, { min: -MAX_WEIGHT, max: MAX_WEIGHT });
    if (byCode.has(code)) fail("DUPLICATE_CODE", `criteria: the code "${code}" appears more than once.`);
    byCode.set(code, criterion);
  });
  return byCode;
}
