import { LABELS, codeLabel } from "c/accordLabels";

/** A dimension's name in these labels' language (Accord_Dimension_<code>), else the configured label. */
export function dimensionLabel(dimension, labels = LABELS) {
  return labels[`Dimension_${dimension.code}`] || dimension.label;
}

/** What a dimension measures (Accord_DimensionHelp_<code>), or null for a dimension an admin added. */
export function dimensionHelp(dimension, labels = LABELS) {
  return labels[`DimensionHelp_${dimension.code}`] || null;
}

/** A respondent function's label (Accord_Function_<value without spaces>), else the value. */
export function functionLabel(value) {
  if (!value) return "";
  return codeLabel("Function", value.replace(/\s+/g, "")) || value;
}
