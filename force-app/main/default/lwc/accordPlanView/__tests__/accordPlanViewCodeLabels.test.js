import { healthCheckLabel, issueText } from "c/accordPlanView";
import { LABELS } from "c/accordLabels";

describe("c-accord-plan-view code labels", () => {
  it("reads an issue code as Accord_Issue_<CODE>, a refusal as Accord_Error_<CODE>, else its message", () => {
    expect(issueText({ code: "OUTCOME_MISSING", message: "x" })).toBe(LABELS.Issue_OUTCOME_MISSING);
    expect(issueText({ code: "STALE_CONTENT_HASH", message: "x" })).toBe(LABELS.Error_STALE_CONTENT_HASH);
    expect(issueText({ code: "NOT_PLAN_MANAGER", message: "x", params: {} })).toBe(LABELS.Error_NOT_PLAN_MANAGER);
    expect(issueText({ code: "NO_LABEL_YET", message: "As the core says" })).toBe("As the core says");
  });

  it("reads a health check code as Accord_Health_<CODE>", () => {
    expect(healthCheckLabel("COMMITMENTS_OWNED")).toBe(LABELS.Health_COMMITMENTS_OWNED);
    expect(healthCheckLabel("CUSTOMER_GOALS")).toBe(LABELS.Health_CUSTOMER_GOALS);
  });
});
