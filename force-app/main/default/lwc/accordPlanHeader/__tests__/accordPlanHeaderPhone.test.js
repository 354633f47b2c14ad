import AccordPlanHeader from "c/accordPlanHeader";
import { flush, byId, mounter, resetDom, expectAccessible } from "test/accordTest";

// The Salesforce mobile app on a phone.
jest.mock("@salesforce/client/formFactor", () => ({ default: "Small" }), { virtual: true });

const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json");
const mount = mounter("c-accord-plan-header", AccordPlanHeader, {
  plan: AGREED.plan,
  workingPlan: AGREED.plan,
  account: AGREED.account,
  otherPlans: []
});

describe("c-accord-plan-header on a phone", () => {
  afterEach(resetDom);

  it("shows the lifecycle as readable words with the current step marked, not the cut-off path", async () => {
    const element = mount();
    await flush();
    expect(byId(element, "status-path")).toBeNull();
    const steps = Array.from(byId(element, "status-steps").querySelectorAll("li"));
    expect(steps.map((step) => step.textContent)).toEqual(["Draft", "In Review", "Agreed", "Under Review", "Closed"]);
    expect(steps.filter((step) => step.getAttribute("aria-current") === "step").map((s) => s.textContent)).toEqual([
      "Agreed"
    ]);
    await expectAccessible(element);
  });
});
