import AccordStakeholderMap from "c/accordStakeholderMap";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import saveStakeholder from "@salesforce/apex/AccordStakeholderController.saveStakeholder";
import { publish, subscribe } from "lightning/messageService";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";
import { loadingState, unanswered, byId, change, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("./data/getStakeholderMap.json");

jest.mock("@salesforce/apex/AccordStakeholderController.getStakeholderMap", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordStakeholderController.saveStakeholder", () => ({ default: jest.fn() }), {
  virtual: true
});

const mount = mounter("c-accord-stakeholder-map", AccordStakeholderMap, { recordId: MAP.accountId });
const child = (element, tag) => element.shadowRoot.querySelector(tag);
const chartOf = (element) => child(element, "c-accord-stakeholder-chart");
const nodes = (element) => Array.from(chartOf(element).shadowRoot.querySelectorAll(".node"));
const apexError = (code, message) => ({ body: { message: JSON.stringify({ code, message }) } });

describe("c-accord-stakeholder-map", () => {
  afterEach(resetDom);

  it("shows a spinner while the map loads", async () => {
    getStakeholderMap.mockReturnValue(unanswered());
    expect(await loadingState(mount(), (element) => byId(element, "loading"))).not.toBeNull();
  });

  it("says how to start when the account has no stakeholders, and offers to add one", async () => {
    getStakeholderMap.mockResolvedValue({ ...MAP, stakeholders: [], coverage: { ...MAP.coverage, findings: [] } });
    const element = mount();
    await settle();
    expect(getStakeholderMap).toHaveBeenCalledWith({ accountId: MAP.accountId });
    expect(byId(element, "empty").textContent).toBe("No stakeholders yet. Add the people who matter at this account.");
    expect(chartOf(element)).toBeNull();
    expect(byId(element, "add")).not.toBeNull();
    await expectAccessible(element);
  });

  it("shows one person alone in the not-placed lane (no manager, nobody reporting)", async () => {
    getStakeholderMap.mockResolvedValue({ ...MAP, stakeholders: [MAP.stakeholders[3]] });
    const element = mount();
    await settle();
    const chart = chartOf(element);
    expect(nodes(element)).toHaveLength(0);
    const lane = chart.shadowRoot.querySelector('[data-id="not-placed"]');
    expect(lane.textContent).toContain("Not placed");
    expect(lane.textContent).toContain("Sabine Hoffmann");
    expect(lane.textContent).toContain("Kaufmännische Direktorin");
    await expectAccessible(element);
  });

  it("draws the org chart with every fact and opens the selected person's role profile", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    const cards = nodes(element);
    expect(cards.map((c) => c.querySelector(".name").textContent)).toEqual([
      "Katharina Weber",
      "Thomas Brandt",
      "Michael Schneider"
    ]);
    const weber = cards[0].textContent;
    for (const fact of [
      "Ärztliche Direktorin",
      "Medical Director",
      "Decision maker",
      "Influence 5/5",
      "Relationship 4/5",
      "Supportive",
      "Anna Berg",
      "Oct 1, 2026",
      "Signatory"
    ]) {
      expect(weber).toContain(fact);
    }
    expect(cards[2].textContent).toContain("Never engaged");
    expect(cards[1].textContent).toContain("No owner");

    cards[1].click();
    await settle();
    const panel = child(element, "c-accord-role-profile").shadowRoot;
    expect(panel.querySelector('[data-id="profile-heading"]').textContent).toBe("How to approach the Head of Pharmacy");
    expect(panel.querySelector('[data-id="approach"]').textContent).toBe(
      "Provide complete documents to the drug committee well before it meets."
    );
    expect(panel.querySelector('[data-id="profile-source"]').textContent).toBe("Source: country profile (DE)");
    await expectAccessible(element);
  });

  it("switches to the list with the same people", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    const view = byId(element, "view");
    view.dispatchEvent(new CustomEvent("change", { detail: { value: "list" } }));
    await settle();
    expect(chartOf(element)).toBeNull();
    const list = child(element, "c-accord-stakeholder-list");
    expect(list.shadowRoot.querySelectorAll("li[data-person-id]")).toHaveLength(4);
    await expectAccessible(element);
  });

  it("adds a stakeholder under a manager, shows the new map and tells the coverage card", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const added = {
      ...MAP.stakeholders[1],
      id: "a07000000000009AAA",
      contactId: "003000000000009AAA",
      name: "Andrea Becker",
      firstName: "Andrea",
      lastName: "Becker",
      title: "Pflegedirektorin",
      role: "Nursing_Lead",
      reportsToId: MAP.stakeholders[0].id
    };
    saveStakeholder.mockResolvedValue({ ...MAP, stakeholders: [...MAP.stakeholders, added] });
    const element = mount();
    await settle();
    byId(element, "add").click();
    await settle();
    const form = child(element, "c-accord-stakeholder-form");
    const field = (id) => form.shadowRoot.querySelector(`[data-id="${id}"]`);
    change(field("contact"), "003000000000009AAA");
    change(field("role"), "Nursing_Lead");
    change(field("manager"), MAP.stakeholders[0].id);
    await settle();
    field("save").click();
    await settle();
    const sent = JSON.parse(saveStakeholder.mock.calls[0][0].stakeholderJson);
    expect(sent).toMatchObject({
      id: null,
      accountId: MAP.accountId,
      contactId: "003000000000009AAA",
      newContact: null,
      role: "Nursing_Lead",
      reportsToId: MAP.stakeholders[0].id,
      relationshipOwnerId: "005U1"
    });
    expect(child(element, "c-accord-stakeholder-form")).toBeNull();
    expect(nodes(element).map((c) => c.querySelector(".name").textContent)).toContain("Andrea Becker");
    expect(publish).toHaveBeenCalledWith(undefined, expect.anything(), { accountId: MAP.accountId });
  });

  it("names a reporting cycle before sending anything", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    child(element, "c-accord-role-profile").dispatchEvent(
      new CustomEvent("edit", { detail: { id: MAP.stakeholders[0].id } })
    );
    await settle();
    const form = child(element, "c-accord-stakeholder-form");
    change(form.shadowRoot.querySelector('[data-id="manager"]'), MAP.stakeholders[1].id);
    await settle();
    form.shadowRoot.querySelector('[data-id="save"]').click();
    await settle();
    expect(saveStakeholder).not.toHaveBeenCalled();
    expect(form.shadowRoot.querySelector('[data-id="form-error"]').textContent).toContain(
      "This reporting line goes round in a circle: Katharina Weber → Thomas Brandt → Katharina Weber. Pick a manager outside it."
    );
    await expectAccessible(element);
  });

  it("sets a manager by dragging a person onto them, and names a cycle instead of sending it", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    const chart = chartOf(element);
    const card = (id) => chart.shadowRoot.querySelector(`[data-person-id="${id}"]:not([data-node])`);
    const drag = async (id, managerId) => {
      card(id).dispatchEvent(new CustomEvent("dragstart"));
      const target = card(managerId);
      const over = new CustomEvent("dragover", { cancelable: true });
      target.dispatchEvent(over);
      expect(over.defaultPrevented).toBe(true);
      await settle();
      expect(target.classList.contains("node_drop-target")).toBe(true);
      target.dispatchEvent(new CustomEvent("drop", { cancelable: true }));
      await settle();
    };
    const [weber, brandt, , hoffmann] = MAP.stakeholders;
    expect(card(hoffmann.id).getAttribute("draggable")).toBe("true");
    expect(chart.shadowRoot.querySelector('[data-id="drag-help"]').textContent).toContain("Reports to");

    // Weber under Brandt, who reports to Weber: a circle, named; nothing is sent.
    await drag(weber.id, brandt.id);
    expect(saveStakeholder).not.toHaveBeenCalled();
    expect(byId(element, "move-error").textContent).toContain(
      "This reporting line goes round in a circle: Katharina Weber → Thomas Brandt → Katharina Weber."
    );

    // Hoffmann (not placed) under Brandt: saved with every other fact as stored.
    const moved = { ...hoffmann, reportsToId: brandt.id };
    saveStakeholder.mockResolvedValue({ ...MAP, stakeholders: [weber, brandt, MAP.stakeholders[2], moved] });
    await drag(hoffmann.id, brandt.id);
    const sent = JSON.parse(saveStakeholder.mock.calls[0][0].stakeholderJson);
    expect(sent).toMatchObject({
      id: hoffmann.id,
      contactId: hoffmann.contactId,
      role: hoffmann.role,
      influence: hoffmann.influence,
      stance: hoffmann.stance,
      reportsToId: brandt.id,
      newContact: null
    });
    expect(byId(element, "move-error")).toBeNull();
    expect(nodes(element).map((n) => n.querySelector(".name").textContent)).toContain("Sabine Hoffmann");
    await expectAccessible(element);
  });

  it("offers no dragging to someone who may not edit stakeholders", async () => {
    getStakeholderMap.mockResolvedValue({ ...MAP, canEdit: false });
    const element = mount();
    await settle();
    const chart = chartOf(element);
    expect(chart.shadowRoot.querySelector(".node").getAttribute("draggable")).toBe("false");
    expect(chart.shadowRoot.querySelector('[data-id="drag-help"]')).toBeNull();
    chart.shadowRoot.querySelector(".node").dispatchEvent(new CustomEvent("dragstart"));
    const over = new CustomEvent("dragover", { cancelable: true });
    chart.shadowRoot.querySelectorAll(".node")[1].dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });

  it("shows the server's refusal in the form and keeps the form open", async () => {
    getStakeholderMap.mockResolvedValue(MAP);
    saveStakeholder.mockRejectedValue(
      apexError("MANAGER_AT_OTHER_ACCOUNT", "The manager must be a stakeholder of this account.")
    );
    const element = mount();
    await settle();
    child(element, "c-accord-role-profile").dispatchEvent(
      new CustomEvent("edit", { detail: { id: MAP.stakeholders[3].id } })
    );
    await settle();
    const form = child(element, "c-accord-stakeholder-form");
    form.shadowRoot.querySelector('[data-id="save"]').click();
    await settle();
    expect(form.shadowRoot.querySelector('[data-id="form-error"]').textContent).toContain(
      "The manager must be a stakeholder of this account."
    );
    form.shadowRoot.querySelector('[data-id="cancel"]').click();
    await settle();
    expect(child(element, "c-accord-stakeholder-form")).toBeNull();
  });

  it("shows the server's error with a retry", async () => {
    getStakeholderMap.mockRejectedValueOnce(apexError("ACCOUNT_NOT_FOUND", "The account was not found."));
    const element = mount();
    await settle();
    expect(byId(element, "error").textContent).toContain("The account was not found.");
    getStakeholderMap.mockResolvedValue(MAP);
    byId(element, "retry").click();
    await settle();
    expect(byId(element, "error")).toBeNull();
    expect(nodes(element)).toHaveLength(3);
  });

  it("hides the map while the screen faces the customer: influence and stance are internal", async () => {
    window.sessionStorage.setItem("accord.customerMode", "on");
    getStakeholderMap.mockResolvedValue(MAP);
    const element = mount();
    await settle();
    expect(element.shadowRoot.querySelector("lightning-card")).toBeNull();
    const [, , listener] = subscribe.mock.calls.find(([, channel]) => channel === CUSTOMER_MODE);
    window.sessionStorage.clear();
    listener({ on: false });
    await settle();
    expect(nodes(element)).toHaveLength(3);
  });
});
