/** The plan lifecycle rules (see applyAction.ts for the state machine). */
export { applyAction, isFullySigned } from "./applyAction";
export { allowedActions, type AvailableAction } from "./allowedActions";
export { isContentChange, isProgressChange } from "./content";
export { deliveryRates, type DeliveryRates, type PartyDelivery } from "./delivery";
export { shareReadiness } from "./readiness";
export { carriedKey, nextPlanDraft, periodEndFor } from "./nextPlan";
export type { ActionResult, PlanAction, PlanActionType, PlanActor, PlanIssue } from "./types";
