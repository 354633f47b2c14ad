import { LABELS, codeLabel } from "c/accordLabels";

/** A dimension's name in these labels' language (Accord_Dimension_<code>), else the configured label. */
export function dimensionLabel(dimension, labels = LABELS) {
  return labels[`Dimension_${dimension.code}`] || dimension.label;
}

/**
 * What a dimension measures (Accord_DimensionHelp_<code>, translated for the shipped dimensions); for one an admin
 * added, which has no such label, how to rate it (Accord_Survey_DimensionHelpFallback), in the same language.
 */
export function dimensionHelp(dimension, labels = LABELS) {
  return labels[`DimensionHelp_${dimension.code}`] || labels.Survey_DimensionHelpFallback;
}

/** A respondent function's label (Accord_Function_<value without spaces>), else the value. */
export function functionLabel(value) {
  if (!value) return "";
  return codeLabel("Function", value.replace(/\s+/g, "")) || value;
}
