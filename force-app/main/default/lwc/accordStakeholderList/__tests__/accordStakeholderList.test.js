import AccordStakeholderList from "c/accordStakeholderList";
import { peopleOf } from "c/accordStakeholderView";
import { byId, change, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("../../accordStakeholderMap/__tests__/data/getStakeholderMap.json");
const mount = mounter("c-accord-stakeholder-list", AccordStakeholderList, { canEdit: true });
const names = (element) =>
  Array.from(element.shadowRoot.querySelectorAll("li[data-person-id] button.name"), (b) => b.textContent.trim());

describe("c-accord-stakeholder-list", () => {
  afterEach(resetDom);

  it("lists everyone with the chart's facts", async () => {
    const element = mount({ people: peopleOf(MAP) });
    await settle();
    expect(names(element)).toEqual(["Katharina Weber", "Thomas Brandt", "Michael Schneider", "Sabine Hoffmann"]);
    const hoffmann = element.shadowRoot.querySelectorAll("li[data-person-id]")[3].textContent;
    for (const fact of ["Kaufmännische Direktorin", "Head of Procurement and Finance", "Sceptical", "Jonas Berg"]) {
      expect(hoffmann).toContain(fact);
    }
    await expectAccessible(element);
  });

  it("filters by role, stance, owner and coverage issue, and clears the filters", async () => {
    const element = mount({ people: peopleOf(MAP) });
    await settle();
    change(byId(element, "filter-role"), "Pharmacy_Director");
    await settle();
    expect(names(element)).toEqual(["Thomas Brandt"]);
    byId(element, "clear-filters").click();
    await settle();
    change(byId(element, "filter-stance"), "-1");
    await settle();
    expect(names(element)).toEqual(["Sabine Hoffmann"]);
    byId(element, "clear-filters").click();
    change(byId(element, "filter-owner"), "005U1");
    await settle();
    expect(names(element)).toEqual(["Katharina Weber", "Michael Schneider"]);
    change(byId(element, "filter-owner"), "none");
    await settle();
    expect(names(element)).toEqual(["Thomas Brandt"]);
    byId(element, "clear-filters").click();
    change(byId(element, "filter-issue"), "NotEngagedWithinCadence");
    await settle();
    expect(names(element)).toEqual(["Michael Schneider"]);
    change(byId(element, "filter-issue"), "any");
    await settle();
    expect(names(element)).toEqual(["Thomas Brandt", "Michael Schneider"]);
    change(byId(element, "filter-role"), "Procurement_Finance_Head");
    await settle();
    expect(byId(element, "no-match").textContent).toBe("No stakeholder matches these filters.");
    await expectAccessible(element);
  });

  it("offers only the roles present, and every owner once", async () => {
    const element = mount({ people: peopleOf(MAP) });
    await settle();
    expect(byId(element, "filter-role").options.map((o) => o.value)).toEqual([
      "",
      "Medical_Director",
      "Pharmacy_Director",
      "Procurement_Finance_Head",
      "Department_Head"
    ]);
    expect(byId(element, "filter-owner").options.map((o) => o.label)).toEqual([
      "All",
      "Anna Berg",
      "Jonas Berg",
      "No owner"
    ]);
  });

  it("tells the map which person to select or edit", async () => {
    const element = mount({ people: peopleOf(MAP) });
    const select = jest.fn();
    const edit = jest.fn();
    element.addEventListener("select", select);
    element.addEventListener("edit", edit);
    await settle();
    element.shadowRoot.querySelector("li[data-person-id] button.name").click();
    element.shadowRoot.querySelector("li[data-person-id] button.edit").click();
    expect(select.mock.calls[0][0].detail).toEqual({ id: MAP.stakeholders[0].id });
    expect(edit.mock.calls[0][0].detail).toEqual({ id: MAP.stakeholders[0].id });
  });
});
