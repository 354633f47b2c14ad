// First: the AccordPlanController mocks, before the workspace imports them.
import { mountWorkspace } from "test/planWorkspaceTest";
import { publish, subscribe } from "lightning/messageService";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";
import { settle, byId, openSection, resetDom, expectAccessible } from "test/accordTest";

// The stakeholder section's map: an account without stakeholders.
jest.mock(
  "@salesforce/apex/AccordStakeholderController.getStakeholderMap",
  () => ({
    default: jest.fn(() => Promise.resolve({ accountId: "001", stakeholders: [], profiles: [], canEdit: false }))
  }),
  { virtual: true }
);

const CLOSED = require("./data/workspaceClosed.json");
const child = (element, selector) => element.shadowRoot.querySelector(selector);
const tabValues = (element) =>
  Array.from(element.shadowRoot.querySelectorAll('[role="tab"]'), (tab) => tab.dataset.value);
const selectedTab = (element) => element.shadowRoot.querySelector('[role="tab"][aria-selected="true"]').dataset.value;

const mount = () => mountWorkspace(CLOSED);

function switchCustomerMode(element, on) {
  child(element, "c-accord-plan-header").dispatchEvent(new CustomEvent("customermodechange", { detail: { on } }));
  return settle();
}

describe("c-accord-plan-workspace customer mode and printing", () => {
  afterEach(() => {
    window.sessionStorage.clear();
    resetDom();
  });

  it("the header's switch hides the review and the stakeholders, enlarges the type, tells the page and is remembered for the session", async () => {
    const element = await mount();
    expect(tabValues(element)).toEqual(["listen", "initiatives", "sign", "document", "review", "stakeholders"]);
    // The stakeholder section is the account's map.
    expect((await openSection(element, "stakeholders", "c-accord-stakeholder-map")).recordId).toBe(CLOSED.account.id);
    expect(byId(element, "workspace-screen").classList.contains("accord-customer-mode")).toBe(false);

    await switchCustomerMode(element, true);
    expect(tabValues(element)).toEqual(["listen", "initiatives", "sign", "document"]);
    expect(selectedTab(element)).toBe("listen");
    expect(child(element, "c-accord-plan-review")).toBeNull();
    expect(child(element, "c-accord-stakeholder-map")).toBeNull();
    expect(child(element, "c-accord-plan-header").customerMode).toBe(true);
    expect(byId(element, "workspace-screen").classList.contains("accord-customer-mode")).toBe(true);
    expect(publish).toHaveBeenCalledWith(undefined, CUSTOMER_MODE, { on: true });
    expect(window.sessionStorage.getItem("accord.customerMode")).toBe("on");
    await expectAccessible(element);

    await switchCustomerMode(element, false);
    expect(tabValues(element)).toContain("review");
    expect(publish).toHaveBeenLastCalledWith(undefined, CUSTOMER_MODE, { on: false });
    expect(window.sessionStorage.getItem("accord.customerMode")).toBeNull();
  });

  it("opens in customer mode when it is on in this tab, and leaves the review tab when switched on there", async () => {
    window.sessionStorage.setItem("accord.customerMode", "on");
    const element = await mount();
    expect(child(element, "c-accord-plan-header").customerMode).toBe(true);
    expect(tabValues(element)).not.toContain("review");

    await switchCustomerMode(element, false);
    await openSection(element, "review");
    expect(selectedTab(element)).toBe("review");
    // Another workspace on the page switched it on: this one follows through the message channel.
    const listener = subscribe.mock.calls.find(([, channel]) => channel === CUSTOMER_MODE)[2];
    listener({ on: true });
    await settle();
    expect(selectedTab(element)).toBe("listen");
  });

  it("prints the customer document alone: the document's Print renders a print copy, prints, then removes it", async () => {
    const print = jest.fn();
    window.print = print;
    const frames = [];
    const raf = jest.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
    const element = await mount();
    expect(byId(element, "print-copy")).toBeNull();

    const request = new CustomEvent("printdocument", { cancelable: true });
    (await openSection(element, "document", "c-accord-plan-document")).dispatchEvent(request);
    expect(request.defaultPrevented).toBe(true);
    await settle();
    const copy = byId(element, "print-copy");
    expect(copy.querySelector("c-accord-plan-document").plan.id).toBe(CLOSED.plan.id);
    expect(copy.textContent).not.toContain("Plan health");
    expect(print).not.toHaveBeenCalled();

    frames.forEach((callback) => callback());
    expect(print).toHaveBeenCalledTimes(1);
    await settle();
    expect(byId(element, "print-copy")).toBeNull();
    raf.mockRestore();
  });

  it("renders the print copy for the browser's own print (Ctrl+P) until printing ends", async () => {
    const element = await mount();
    window.dispatchEvent(new CustomEvent("beforeprint"));
    await settle();
    expect(byId(element, "print-copy")).not.toBeNull();
    window.dispatchEvent(new CustomEvent("afterprint"));
    await settle();
    expect(byId(element, "print-copy")).toBeNull();
    document.body.removeChild(element);
    window.dispatchEvent(new CustomEvent("beforeprint"));
  });
});
