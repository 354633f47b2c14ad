// First: the AccordPlanController mocks, before the workspace imports them.
import { mountWorkspace } from "test/planWorkspaceTest";
import savePlan from "@salesforce/apex/AccordPlanController.savePlan";
import { settle, openSection, resetDom } from "test/accordTest";

const DRAFT = require("./data/workspaceDraft.json");
const COMMITTED = DRAFT.plan.needs[0].key;
const INITIATIVE = DRAFT.plan.initiatives[0].key;

async function mount() {
  savePlan.mockImplementation(({ planJson }) => Promise.resolve(JSON.parse(planJson)));
  return mountWorkspace(DRAFT);
}

const savedNeed = (key) => JSON.parse(savePlan.mock.calls.at(-1)[0].planJson).needs.find((need) => need.key === key);

describe("c-accord-plan-workspace links committed needs from the initiative form", () => {
  afterEach(resetDom);

  it("a new initiative takes the committed needs chosen in its form", async () => {
    const element = await mount();
    (await openSection(element, "initiatives", "c-accord-initiative-list")).dispatchEvent(
      new CustomEvent("initiativeadd", { detail: { fields: { title: "Neu" }, needKeys: [COMMITTED] } })
    );
    await settle();
    const saved = JSON.parse(savePlan.mock.calls[0][0].planJson);
    const added = saved.initiatives.find((initiative) => initiative.title === "Neu");
    expect(savedNeed(COMMITTED).initiativeKey).toBe(added.key);
  });

  it("an edited initiative unlinks a need its form no longer ticks; without a list, links stay", async () => {
    const element = await mount();
    const list = await openSection(element, "initiatives", "c-accord-initiative-list");
    list.dispatchEvent(
      new CustomEvent("initiativeupdate", { detail: { key: INITIATIVE, changes: { title: "Umbenannt" } } })
    );
    await settle();
    expect(savedNeed(COMMITTED).initiativeKey).toBe(INITIATIVE);
    list.dispatchEvent(
      new CustomEvent("initiativeupdate", {
        detail: { key: INITIATIVE, changes: { title: "Umbenannt" }, needKeys: [] }
      })
    );
    await settle();
    expect(savedNeed(COMMITTED).initiativeKey).toBeNull();
  });
});
