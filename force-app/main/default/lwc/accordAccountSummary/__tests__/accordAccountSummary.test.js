import { createElement } from "lwc";
import AccordAccountSummary from "c/accordAccountSummary";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import { flush, byId, resetDom, expectAccessible } from "test/accordTest";

const WORKSPACE = require("./data/getWorkspace.json");

jest.mock("@salesforce/apex/AccordPlanController.getWorkspace", () => ({ default: jest.fn() }), { virtual: true });

function mount(recordId) {
  const element = createElement("c-accord-account-summary", { is: AccordAccountSummary });
  element.recordId = recordId;
  element.objectApiName = "Account";
  document.body.appendChild(element);
  return element;
}

describe("c-accord-account-summary", () => {
  afterEach(resetDom);

  it("shows a spinner while the summary loads", async () => {
    getWorkspace.mockReturnValue(new Promise(() => {}));
    const element = mount("001000000000001AAA");
    await Promise.resolve();
    expect(byId(element, "loading")).not.toBeNull();
    expect(element.shadowRoot.querySelector("lightning-spinner").alternativeText).toBe("Loading the account summary");
    await expectAccessible(element);
  });

  it("shows name, country, tier and both scores of the account", async () => {
    getWorkspace.mockResolvedValue(WORKSPACE);
    const element = mount("001000000000001AAA");
    await flush();
    expect(getWorkspace).toHaveBeenCalledWith({ accountId: "001000000000001AAA" });
    expect(byId(element, "name").textContent).toBe("Universitätsklinikum Beispielstadt");
    expect(byId(element, "country").textContent).toBe("Germany (DE)");
    expect(byId(element, "tier").textContent).toBe("A");
    const numbers = element.shadowRoot.querySelectorAll("lightning-formatted-number");
    expect(Array.from(numbers, (n) => n.value)).toEqual([78.4, 62.5]);
    expect(byId(element, "loading")).toBeNull();
    await expectAccessible(element);
  });

  it("says 'not scored yet' for an account without scores, tier or country", async () => {
    getWorkspace.mockResolvedValue({
      ...WORKSPACE,
      account: { ...WORKSPACE.account, countryCode: null, tier: null, priorityScore: null, collaborationIndex: null }
    });
    const element = mount("001000000000001AAA");
    await flush();
    for (const id of ["country", "tier", "priority", "collaboration"]) {
      expect(byId(element, id).textContent).toBe("Not scored yet");
    }
    expect(element.shadowRoot.querySelector("lightning-formatted-number")).toBeNull();
  });

  it("shows the empty state without a record id and calls no Apex", async () => {
    const element = mount(undefined);
    await flush();
    expect(byId(element, "empty").textContent).toBe(
      "Open this component on an account record to see its Accord summary."
    );
    expect(getWorkspace).not.toHaveBeenCalled();
    await expectAccessible(element);
  });

  it("shows the message of a structured Apex error and retries on request", async () => {
    const apexError = {
      status: 500,
      body: { message: JSON.stringify({ message: "No account with id 001x.", code: "NOT_FOUND" }) }
    };
    getWorkspace.mockRejectedValueOnce(apexError).mockResolvedValueOnce(WORKSPACE);
    const element = mount("001000000000001AAA");
    await flush();
    const error = byId(element, "error");
    expect(error.getAttribute("role")).toBe("alert");
    expect(error.textContent).toContain("No account with id 001x.");
    expect(byId(element, "summary")).toBeNull();
    await expectAccessible(element);

    byId(element, "retry").click();
    await flush();
    expect(getWorkspace).toHaveBeenCalledTimes(2);
    expect(byId(element, "error")).toBeNull();
    expect(byId(element, "name").textContent).toBe("Universitätsklinikum Beispielstadt");
  });

  it("shows a plain-text error as it is, and a fallback when there is no message", async () => {
    getWorkspace.mockRejectedValueOnce({ body: { message: "Insufficient access" } });
    const element = mount("001000000000001AAA");
    await flush();
    expect(byId(element, "error").textContent).toContain("Insufficient access");

    getWorkspace.mockRejectedValueOnce({ body: {} });
    byId(element, "retry").click();
    await flush();
    expect(byId(element, "error").textContent).toContain(
      "Something went wrong. Try again, and contact your administrator if it keeps happening."
    );
  });

  it("reloads when the record changes, and an older answer never overwrites a newer one", async () => {
    let answerFirst;
    getWorkspace
      .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce({ ...WORKSPACE, account: { ...WORKSPACE.account, id: "002", name: "Second" } });
    const element = mount("001000000000001AAA");
    await flush();
    element.recordId = "001000000000002AAA";
    await flush();
    answerFirst(WORKSPACE);
    await flush();
    expect(getWorkspace).toHaveBeenLastCalledWith({ accountId: "001000000000002AAA" });
    expect(byId(element, "name").textContent).toBe("Second");
  });
});
