/**
 * src/core as the Node tools load it (build/core-bundle.js importCore: the preview server, scripts/bench.js, the
 * CLI tests): everything c/accordCore publishes, the needs radar's grouping (c/accordRadarCore), and the rules
 * that only Apex runs in the org — the lifecycle, the scores it stores, the next plan's draft — which the preview
 * server runs in Apex's place, and the picklist defaults (VALUE_SET_FIELDS) it fills blank fields with. None of
 * these ship in an LWC module: no component calls them.
 */
export * from "./index";
export { VALUE_SET_FIELDS } from "./values";
export { DEFAULT_SIMILARITY_THRESHOLD, groupNeeds } from "./text/needs";
export { characterShingles, jaccard, normalizeForMatching } from "./text/ngrams";
export { applyAction } from "./plan/applyAction";
export { newPlanDraft, nextPlanDraft, periodEndFor, type NewPlanHeader } from "./plan/nextPlan";
export { computeCollaborationIndex } from "./scores/collaborationIndex";
export { benchmarkCollaboration, type CollaborationBenchmark } from "./scores/collaborationBenchmark";
export { customerView } from "./scores/customerView";
export { computeStakeholderCoverage } from "./scores/stakeholderCoverage";
export { isKeyAccount } from "./scores/keyAccountNomination";
