import { createElement } from "lwc";
import AccordPlanWorkspace from "c/accordPlanWorkspace";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import { settle, byId, resetDom, expectAccessible } from "../../../../../test/jest-helpers/accordTest";

// The Salesforce mobile app on a phone.
jest.mock("@salesforce/client/formFactor", () => ({ default: "Small" }), { virtual: true });
jest.mock("@salesforce/apex/AccordPlanController.getWorkspace", () => ({ default: jest.fn() }), { virtual: true });

const DRAFT = require("./data/workspaceDraft.json");

describe("c-accord-plan-workspace on a phone", () => {
  afterEach(resetDom);

  it("chooses the section with a picker and renders only that section, full width", async () => {
    getWorkspace.mockResolvedValue(JSON.parse(JSON.stringify(DRAFT)));
    const element = createElement("c-accord-plan-workspace", { is: AccordPlanWorkspace });
    element.objectApiName = "Account";
    element.recordId = DRAFT.account.id;
    document.body.appendChild(element);
    await settle();

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
    expect(byId(element, "tab-listen")).not.toBeNull();
    expect(byId(element, "tab-sign")).toBeNull();

    picker.dispatchEvent(new CustomEvent("change", { detail: { value: "sign" } }));
    await settle();
    expect(byId(element, "tab-sign")).not.toBeNull();
    expect(byId(element, "tab-listen")).toBeNull();
    expect(byId(element, "tabs").activeTabValue).toBe("sign");
    await expectAccessible(element);
  });
});
