/**
 * The label of a value-set value is named after the value: Accord_<prefix>_<labelKey(value)>, for instance
 * Accord_Status_InReview or Accord_Theme_BudgetAndCost. One owner for the screen (c/accordPlanView, through
 * c/accordCore) and the model tests (tests/model/code-labels.test.js loads this file); the PDF's Apex twin is
 * AccordPlanDocumentController.labelKey. Imports nothing, so node can load it on its own (scripts/lib/core-source).
 */

/** Each word capitalized, spaces and hyphens dropped: "In Review" → "InReview", "Check-in" → "CheckIn". */
export function labelKey(value: string): string {
  return value
    .split(/[\s-]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
