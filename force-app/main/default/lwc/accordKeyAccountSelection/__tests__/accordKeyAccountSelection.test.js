import AccordKeyAccountSelection from "c/accordKeyAccountSelection";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import getConfiguration from "@salesforce/apex/AccordConfigurationController.getConfiguration";
import getSelectionRatings from "@salesforce/apex/AccordPriorityController.getSelectionRatings";
import saveSelectionRatings from "@salesforce/apex/AccordSelectionController.saveSelectionRatings";
import { loadingState, unanswered, byId, change, mounter, resetDom, settle, expectAccessible } from "test/accordTest";

jest.mock("@salesforce/apex/AccordPlanController.getWorkspace", () => ({ default: jest.fn() }), { virtual: true });
jest.mock("@salesforce/apex/AccordConfigurationController.getConfiguration", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordPriorityController.getSelectionRatings", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordSelectionController.saveSelectionRatings", () => ({ default: jest.fn() }), {
  virtual: true
});

const WORKSPACE = require("../../accordAccountSummary/__tests__/data/getWorkspace.json");
const CONFIGURATION = {
  archetypes: [
    {
      code: "HOSP",
      label: "Hospital-led",
      description: "",
      decisionMaking: "",
      careIntegration: "",
      requiredRoles: [],
      criterionWeights: { ACCESS: 40 }
    }
  ],
  countries: [
    {
      countryCode: "DE",
      archetypeCode: "HOSP",
      kamReadiness: "Established",
      pullThroughStrategy: "",
      reviewCadenceMonths: 12
    }
  ],
  roleProfiles: [],
  dimensions: [],
  criteria: [
    { code: "FIT", label: "Strategic fit", weight: 80, sequence: 1 },
    { code: "ACCESS", label: "Access and influence", weight: 20, sequence: 2 }
  ],
  settings: {
    minimumRespondents: 3,
    tierAThreshold: 70,
    tierBThreshold: 45,
    roadblockScoreBelow: 50,
    roadblockGapAtLeast: 15
  }
};
const mount = mounter("c-accord-key-account-selection", AccordKeyAccountSelection, { recordId: WORKSPACE.account.id });

function serve({ ratings = [], permissions = WORKSPACE.permissions } = {}) {
  getWorkspace.mockResolvedValue({ ...WORKSPACE, permissions });
  getConfiguration.mockResolvedValue(CONFIGURATION);
  getSelectionRatings.mockResolvedValue(ratings);
}

const criterion = (element, code) => element.shadowRoot.querySelector(`[data-criterion="${code}"]`);

describe("c-accord-key-account-selection", () => {
  afterEach(() => {
    sessionStorage.clear();
    resetDom();
  });

  it("shows a spinner while it loads", async () => {
    for (const call of [getWorkspace, getConfiguration, getSelectionRatings]) call.mockReturnValue(unanswered());
    expect(await loadingState(mount(), (element) => byId(element, "loading"))).not.toBeNull();
  });

  it("shows each criterion with the archetype's or the global weight, and the tier that follows the ratings", async () => {
    serve({ ratings: [{ criterion: "FIT", rating: 2, rationale: "Small oncology unit" }] });
    const element = mount();
    await settle();
    // FIT 2 of 5 = 25 points over the rated weight 80: score 25, tier C.
    expect(byId(element, "score").textContent).toBe("25");
    expect(byId(element, "tier").textContent).toBe("C");
    expect(criterion(element, "FIT").querySelector('[data-id="weight"]').textContent).toBe("Weight 80 (Global model)");
    expect(criterion(element, "ACCESS").querySelector('[data-id="weight"]').textContent).toBe("Weight 40 (Archetype)");
    expect(criterion(element, "ACCESS").querySelector('[data-id="part"]').textContent).toBe("Not rated");
    expect(criterion(element, "FIT").querySelector('[data-id="rationale"]').value).toBe("Small oncology unit");

    change(criterion(element, "FIT").querySelector('[data-id="rating"]'), "5");
    change(criterion(element, "ACCESS").querySelector('[data-id="rating"]'), "4");
    await settle();
    // FIT 100 × 80 + ACCESS 75 × 40, over 120: 91.7, tier A; the parts add up to the score.
    expect(byId(element, "score").textContent).toBe("91.7");
    expect(byId(element, "tier").textContent).toBe("A");
    expect(criterion(element, "FIT").querySelector('[data-id="part"]').textContent).toBe("66.7 points of the score");
    expect(byId(element, "coverage").textContent).toBe("Rated: 100% of the weight");
    await expectAccessible(element);
  });

  it("saves every criterion's rating and rationale and shows what the server stored", async () => {
    serve({ ratings: [{ criterion: "FIT", rating: 2, rationale: null }] });
    const element = mount();
    await settle();
    change(criterion(element, "ACCESS").querySelector('[data-id="rating"]'), "3");
    change(criterion(element, "ACCESS").querySelector('[data-id="rationale"]'), "Sits on the regional formulary board");
    const stored = [
      { criterion: "FIT", rating: 2, rationale: null },
      { criterion: "ACCESS", rating: 3, rationale: "Sits on the regional formulary board" }
    ];
    saveSelectionRatings.mockResolvedValue(stored);
    byId(element, "save").dispatchEvent(new CustomEvent("click"));
    await settle();
    expect(saveSelectionRatings).toHaveBeenCalledWith({
      accountId: WORKSPACE.account.id,
      ratingsJson: JSON.stringify(stored)
    });
    expect(byId(element, "notice").textContent).toBe("Ratings saved.");
  });

  it("shows the server's refusal in words", async () => {
    serve();
    const element = mount();
    await settle();
    change(criterion(element, "FIT").querySelector('[data-id="rating"]'), "3");
    saveSelectionRatings.mockRejectedValue({
      body: { message: JSON.stringify({ code: "UNKNOWN_CRITERION", message: "FIT is not a configured criterion." }) }
    });
    byId(element, "save").dispatchEvent(new CustomEvent("click"));
    await settle();
    expect(byId(element, "save-error").textContent).toBe("FIT is not a configured criterion.");
    await expectAccessible(element);
  });

  it("is read-only for a user who may not change ratings", async () => {
    serve({ permissions: { ...WORKSPACE.permissions, isPlanManager: false, canConfigure: false } });
    const element = mount();
    await settle();
    expect(byId(element, "read-only")).not.toBeNull();
    expect(byId(element, "save")).toBeNull();
    expect(criterion(element, "FIT").querySelector('[data-id="rating"]').disabled).toBe(true);
  });

  it("shows the error when the account cannot be read, and nothing in customer mode", async () => {
    getWorkspace.mockRejectedValue({
      body: { message: JSON.stringify({ code: "ACCOUNT_NOT_FOUND", message: "No account." }) }
    });
    getConfiguration.mockResolvedValue(CONFIGURATION);
    getSelectionRatings.mockResolvedValue([]);
    const failed = mount();
    await settle();
    expect(byId(failed, "error").textContent).toBe("No account.");
    sessionStorage.setItem("accord.customerMode", "on");
    serve();
    const hidden = mount();
    await settle();
    expect(hidden.shadowRoot.querySelector("lightning-card")).toBeNull();
  });
});
