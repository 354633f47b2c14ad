import { createElement } from "lwc";
import AccordAccountSummary from "c/accordAccountSummary";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import { subscribe, unsubscribe } from "lightning/messageService";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";
import { flush, byId, resetDom } from "test/accordTest";

const WORKSPACE = require("./data/getWorkspace.json");

jest.mock("@salesforce/apex/AccordPlanController.getWorkspace", () => ({ default: jest.fn() }), { virtual: true });

function mount() {
  const element = createElement("c-accord-account-summary", { is: AccordAccountSummary });
  element.recordId = "001000000000001AAA";
  element.objectApiName = "Account";
  document.body.appendChild(element);
  return element;
}

/** The listener the summary subscribed on the customer-mode channel (sfdx-lwc-jest's messageService stub records it). */
function customerModeListener() {
  const call = subscribe.mock.calls.find(([, channel]) => channel === CUSTOMER_MODE);
  expect(call).toBeTruthy();
  return call[2];
}

describe("c-accord-account-summary in customer mode", () => {
  afterEach(() => {
    window.sessionStorage.clear();
    resetDom();
  });

  it("hides the whole card when the workspace's customer-mode message says on, and shows it again when off", async () => {
    getWorkspace.mockResolvedValue(WORKSPACE);
    const element = mount();
    await flush();
    expect(byId(element, "tier").textContent).toBe("A");

    customerModeListener()({ on: true });
    await flush();
    expect(element.shadowRoot.querySelector("lightning-card")).toBeNull();
    expect(element.shadowRoot.textContent).not.toContain("78");

    customerModeListener()({ on: false });
    await flush();
    expect(byId(element, "tier").textContent).toBe("A");
  });

  it("starts hidden when customer mode is already on in this tab's session", async () => {
    window.sessionStorage.setItem("accord.customerMode", "on");
    getWorkspace.mockResolvedValue(WORKSPACE);
    const element = mount();
    await flush();
    expect(element.shadowRoot.querySelector("lightning-card")).toBeNull();
  });

  it("stops listening when removed from the page", async () => {
    subscribe.mockReturnValueOnce({ id: "subscription" });
    getWorkspace.mockResolvedValue(WORKSPACE);
    const element = mount();
    await flush();
    document.body.removeChild(element);
    expect(unsubscribe).toHaveBeenCalledWith({ id: "subscription" });
  });
});
