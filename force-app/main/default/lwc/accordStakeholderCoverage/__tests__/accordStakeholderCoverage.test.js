import AccordStakeholderCoverage from "c/accordStakeholderCoverage";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import { subscribe, unsubscribe } from "lightning/messageService";
import STAKEHOLDERS_CHANGED from "@salesforce/messageChannel/Accord_Stakeholders_Changed__c";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("../../accordStakeholderMap/__tests__/data/getStakeholderMap.json");

jest.mock("@salesforce/apex/AccordStakeholderController.getStakeholderMap", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-stakeholder-coverage", AccordStakeholderCoverage, { recordId: MAP.accountId });
const actions = (element) => Array.from(byId(element, "actions").querySelectorAll("li"), (li) => li.textContent);

describe("c-accord-stakeholder-coverage", () => {
  afterEach(resetDom);

  it("shows the figures, each required role covered or missing, and every finding as its action", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    expect(byId(element, "score").textContent).toBe("61.2");
    expect(byId(element, "strength").textContent).toBe("62.5");
    expect(byId(element, "key-person").textContent).toBe("Yes");
    const roles = Array.from(byId(element, "roles").querySelectorAll("li"), (li) => li.textContent.trim());
    expect(roles).toEqual(["Medical Director — Covered", "Head of Nursing — Missing", "Head of Pharmacy — Covered"]);
    expect(actions(element)).toEqual([
      "Add a Head of Nursing.",
      "Anna Berg holds 58.8% of the influence-weighted relationships: bring a colleague into the key ones.",
      "Give Thomas Brandt a relationship owner.",
      "Strengthen the relationship with Thomas Brandt.",
      "Plan a first meeting with Michael Schneider."
    ]);
    await expectAccessible(element);
  });

  it("says coverage is complete when there is nothing to fix, and when no role is required", async () => {
    getStakeholderMap.mockResolvedValue({
      ...MAP,
      requiredRoles: [],
      coverage: { ...MAP.coverage, missingRoles: [], keyPersonRisk: false, findings: [] }
    });
    const element = mount();
    await settle();
    expect(byId(element, "complete").textContent).toBe("Coverage is complete: nothing to fix.");
    expect(byId(element, "no-roles").textContent).toBe("This country's model requires no particular role.");
    expect(byId(element, "key-person").textContent).toBe("No");
    await expectAccessible(element);
  });

  it("names the last engagement when a key person is overdue", async () => {
    getStakeholderMap.mockResolvedValue({
      ...MAP,
      coverage: {
        ...MAP.coverage,
        findings: [{ code: "NotEngagedWithinCadence", name: "Katharina Weber", lastEngagedOn: "2026-03-02" }]
      }
    });
    const element = mount();
    await settle();
    expect(actions(element)).toEqual(["Plan a meeting with Katharina Weber (last engaged Mar 2, 2026)."]);
  });

  it("reloads when the stakeholder map saves a stakeholder of this account, not another", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    const [, , listener] = subscribe.mock.calls.find(([, channel]) => channel === STAKEHOLDERS_CHANGED);
    getStakeholderMap.mockResolvedValue({
      ...MAP,
      coverage: { ...MAP.coverage, missingRoles: [], findings: [] }
    });
    listener({ accountId: "001OTHER000000001AAA" });
    await settle();
    expect(getStakeholderMap).toHaveBeenCalledTimes(1);
    listener({ accountId: MAP.accountId });
    await settle();
    expect(getStakeholderMap).toHaveBeenCalledTimes(2);
    expect(byId(element, "complete")).not.toBeNull();
    document.body.removeChild(element);
    expect(unsubscribe).toHaveBeenCalled();
  });

  it("shows the server's error with a retry", async () => {
    getStakeholderMap.mockRejectedValueOnce({ body: { message: "No access" } });
    const element = mount();
    await settle();
    expect(byId(element, "error").textContent).toContain("No access");
    getStakeholderMap.mockResolvedValue(MAP);
    byId(element, "retry").click();
    await settle();
    expect(byId(element, "score").textContent).toBe("61.2");
  });

  it("hides the card while the screen faces the customer (customer mode)", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    const [, , listener] = subscribe.mock.calls.find(([, channel]) => channel === CUSTOMER_MODE);
    listener({ on: true });
    await settle();
    expect(element.shadowRoot.querySelector("lightning-card")).toBeNull();
    listener({ on: false });
    await settle();
    expect(byId(element, "score").textContent).toBe("61.2");
  });
});
