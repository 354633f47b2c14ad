// What the tests of the changes since the customer's version share (c-accord-version-changes and the customer
// document that shows it). Imported by relative path from each component's __tests__ folder.
import { canonicalPlanText, planFingerprint } from "c/accordCore";

/** A shared version of a plan as the server stores it (AccordPlanVersionController.getVersions). */
export const versionOf = (plan, sharedAt = "2026-07-02T09:00:00.000Z") => ({
  version: plan.version,
  contentHash: planFingerprint(plan),
  canonicalText: canonicalPlanText(plan),
  sharedAt
});
