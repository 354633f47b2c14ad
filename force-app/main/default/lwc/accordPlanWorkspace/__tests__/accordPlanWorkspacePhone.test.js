import { createElement } from "lwc";
import axe from "axe-core";
import AccordPlanWorkspace from "c/accordPlanWorkspace";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";

// The Salesforce mobile app on a phone.
jest.mock("@salesforce/client/formFactor", () => ({ default: "Small" }), { virtual: true });
jest.mock("@salesforce/apex/AccordPlanController.getWorkspace", () => ({ default: jest.fn() }), { virtual: true });

const DRAFT = require("./data/workspaceDraft.json");
const flush = () =>
  [1, 2, 3, 4, 5].reduce(
    (chain) => chain.then(() => new Promise((resolve) => setTimeout(resolve, 0))),
    Promise.resolve()
  );
const byId = (root, id) => root.shadowRoot.querySelector(`[data-id="${id}"]`);

describe("c-accord-plan-workspace on a phone", () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it("chooses the section with a picker and renders only that section, full width", async () => {
    getWorkspace.mockResolvedValue(JSON.parse(JSON.stringify(DRAFT)));
    const element = createElement("c-accord-plan-workspace", { is: AccordPlanWorkspace });
    element.objectApiName = "Account";
    element.recordId = DRAFT.account.id;
    document.body.appendChild(element);
    await flush();

    const picker = byId(element, "section-picker");
    expect(picker.label).toBe("Section");
    expect(picker.options.map((o) => o.value)).toEqual(["listen", "initiatives", "sign", "document", "review"]);
    expect(picker.value).toBe("listen");
    expect(byId(element, "tab-listen")).not.toBeNull();
    expect(byId(element, "tab-sign")).toBeNull();

    picker.dispatchEvent(new CustomEvent("change", { detail: { value: "sign" } }));
    await flush();
    expect(byId(element, "tab-sign")).not.toBeNull();
    expect(byId(element, "tab-listen")).toBeNull();
    expect(byId(element, "tabs").activeTabValue).toBe("sign");
    const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
