import AccordStakeholderMap from "c/accordStakeholderMap";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("./data/getStakeholderMap.json");

jest.mock("@salesforce/client/formFactor", () => ({ default: "Small" }), { virtual: true });
jest.mock("@salesforce/apex/AccordStakeholderController.getStakeholderMap", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordStakeholderController.saveStakeholder", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-stakeholder-map", AccordStakeholderMap, { recordId: MAP.accountId });

describe("c-accord-stakeholder-map on a phone", () => {
  afterEach(resetDom);

  it("shows the list (no chart, no view switch, no datatable) with the same facts and filters", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    expect(element.shadowRoot.querySelector("c-accord-stakeholder-chart")).toBeNull();
    expect(byId(element, "view")).toBeNull();
    expect(element.shadowRoot.querySelector("lightning-datatable")).toBeNull();
    const list = element.shadowRoot.querySelector("c-accord-stakeholder-list").shadowRoot;
    const cards = Array.from(list.querySelectorAll("li[data-person-id]"));
    expect(cards).toHaveLength(4);
    expect(cards[0].textContent).toContain("Influence 5/5");
    expect(cards[0].textContent).toContain("Signatory");
    expect(list.querySelector('[data-id="filter-issue"]')).not.toBeNull();

    const scrolled = jest.fn();
    element.shadowRoot.querySelector("c-accord-role-profile").scrollIntoView = scrolled;
    cards[1].querySelector("button.name").click();
    await settle();
    expect(scrolled).toHaveBeenCalledWith({ block: "start" });
    const panel = element.shadowRoot.querySelector("c-accord-role-profile").shadowRoot;
    expect(panel.querySelector('[data-id="profile-heading"]').textContent).toBe("How to approach the Head of Pharmacy");
    await expectAccessible(element);
  });
});
