// First: the AccordPlanController mocks, before the workspace imports them.
import { mountWorkspace } from "test/planWorkspaceTest";
import { settle, byId, resetDom, expectAccessible } from "test/accordTest";

// The Salesforce mobile app on a phone.
jest.mock("@salesforce/client/formFactor", () => ({ default: "Small" }), { virtual: true });

const DRAFT = require("./data/workspaceDraft.json");

describe("c-accord-plan-workspace on a phone", () => {
  afterEach(resetDom);

  it("chooses the section with a picker and shows only that section, full width", async () => {
    const element = await mountWorkspace(DRAFT);

    const picker = byId(element, "section-picker");
    expect(picker.label).toBe("Section");
    expect(picker.options.map((o) => o.value)).toEqual([
      "listen",
      "initiatives",
      "sign",
      "document",
      "review",
      "stakeholders"
    ]);
    expect(picker.value).toBe("listen");
    // No tab bar under the picker: the chosen section alone, a region named like the picker's choice.
    expect(byId(element, "tabs")).toBeNull();
    expect(element.shadowRoot.querySelectorAll('[role="tab"], [role="tabpanel"]')).toHaveLength(0);
    expect(byId(element, "tab-listen").tagName).toBe("SECTION");
    expect(byId(element, "tab-listen").getAttribute("aria-label")).toBe("Listen");
    expect(element.shadowRoot.querySelector("c-accord-need-list")).not.toBeNull();
    expect(byId(element, "tab-sign")).toBeNull();

    picker.dispatchEvent(new CustomEvent("change", { detail: { value: "sign" } }));
    await settle();
    expect(byId(element, "tab-sign").getAttribute("aria-label")).toBe("Share and sign");
    expect(element.shadowRoot.querySelector("c-accord-sign-panel")).not.toBeNull();
    // The section left stays as it was, hidden.
    expect(byId(element, "tab-listen").classList.contains("slds-hide")).toBe(true);
    expect(byId(element, "tab-sign").classList.contains("slds-show")).toBe(true);
    await expectAccessible(element);
  });
});
