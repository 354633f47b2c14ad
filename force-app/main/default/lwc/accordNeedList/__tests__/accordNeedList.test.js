import { createElement } from "lwc";
import AccordNeedList from "c/accordNeedList";
import { flush, byId, resetDom, expectAccessible } from "test/accordTest";

const WORKSPACE = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const PLAN = WORKSPACE.plan;
// DESIGN.md: the needs list is "paged 10 at a time" (a literal here, not the component's constant).
const PAGE_SIZE = 10;
const items = (element) => Array.from(element.shadowRoot.querySelectorAll("c-accord-need-item"));

/** A plan with n needs, every third one decided. */
function planWith(n) {
  const needs = Array.from({ length: n }, (_, i) => ({
    ...PLAN.needs[1],
    id: undefined,
    key: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    sequence: n - i,
    verbatim: `Bedarf ${n - i}`,
    decision: i % 3 === 0 ? "Defer" : "Pending"
  }));
  return { ...PLAN, needs };
}

function mount(plan, props = {}) {
  const element = createElement("c-accord-need-list", { is: AccordNeedList });
  Object.assign(element, { plan, stakeholders: WORKSPACE.stakeholders, editable: true }, props);
  document.body.appendChild(element);
  return element;
}

describe("c-accord-need-list", () => {
  afterEach(resetDom);

  it("lists the needs in sequence order with the initiatives to link", async () => {
    const element = mount(PLAN);
    await flush();
    expect(byId(element, "need-list-heading").textContent).toBe("Needs heard (3)");
    const rendered = items(element);
    expect(rendered.map((item) => item.need.sequence)).toEqual([1, 2, 3]);
    expect(rendered[0].initiatives).toEqual([{ key: PLAN.initiatives[0].key, title: PLAN.initiatives[0].title }]);
    expect(rendered[0].editable).toBe(true);
    expect(byId(element, "need-show-more")).toBeNull();
    await expectAccessible(element);
  });

  it("shows the empty state when nothing was heard yet", async () => {
    const element = mount({ ...PLAN, needs: [] });
    await flush();
    expect(byId(element, "need-empty").textContent).toBe(
      "No needs captured yet. Listen first: write down what the customer says, in their words."
    );
  });

  it("renders 200 needs a page at a time, with 'show more' (bench:ui measures how fast)", async () => {
    const element = mount(planWith(200));
    await flush();
    expect(items(element)).toHaveLength(PAGE_SIZE);
    expect(items(element)[0].need.verbatim).toBe("Bedarf 1");
    expect(byId(element, "need-show-more").label).toBe("Show more (10 of 200 shown)");
    byId(element, "need-show-more").click();
    await flush();
    expect(items(element)).toHaveLength(2 * PAGE_SIZE);
  });

  it("filters by decision and resets the page", async () => {
    const element = mount(planWith(60));
    await flush();
    const filter = byId(element, "need-filter");
    expect(filter.options.map((o) => o.value)).toEqual(["all", "Pending", "Commit", "Defer", "Decline"]);
    filter.dispatchEvent(new CustomEvent("change", { detail: { value: "Defer" } }));
    await flush();
    expect(items(element)).toHaveLength(10);
    expect(items(element).every((item) => item.need.decision === "Defer")).toBe(true);
    byId(element, "need-show-more").click();
    await flush();
    expect(items(element)).toHaveLength(20);
    expect(byId(element, "need-show-more")).toBeNull();
  });

  it("passes a save error only to the need it concerns", async () => {
    const element = mount(PLAN, { error: { message: "Too long", recordKey: PLAN.needs[1].key } });
    await flush();
    expect(items(element).map((item) => item.errorMessage)).toEqual([null, "Too long", null]);
  });

  it("passes item events on to the workspace", async () => {
    const element = mount(PLAN);
    const update = jest.fn();
    const remove = jest.fn();
    element.addEventListener("needupdate", update);
    element.addEventListener("needremove", remove);
    await flush();
    items(element)[0].dispatchEvent(new CustomEvent("needupdate", { detail: { key: "k", changes: { theme: null } } }));
    items(element)[0].dispatchEvent(new CustomEvent("needremove", { detail: { key: "k" } }));
    expect(update.mock.calls[0][0].detail).toEqual({ key: "k", changes: { theme: null } });
    expect(remove.mock.calls[0][0].detail).toEqual({ key: "k" });
  });

  it("pages to a need hidden by paging or the filter and focuses it", async () => {
    const plan = planWith(80);
    const element = mount(plan);
    await flush();
    const filter = byId(element, "need-filter");
    filter.dispatchEvent(new CustomEvent("change", { detail: { value: "Defer" } }));
    await flush();
    // Sequence 70 is undecided: hidden by the filter and beyond the first page.
    const target = plan.needs.find((need) => need.sequence === 70);
    element.focusRecord(target.key);
    await flush();
    expect(byId(element, "need-filter").value).toBe("all");
    const item = element.shadowRoot.querySelector(`c-accord-need-item[data-key="${target.key}"]`);
    expect(item).not.toBeNull();
    // The page grows just enough to hold it: 7 pages of 10.
    expect(items(element)).toHaveLength(70);
    element.focusRecord("no-such-key");
    await flush();
    expect(items(element)).toHaveLength(70);
  });

  it("keeps a need just added in view: its page is shown and a filter hiding it is cleared, without taking the focus", async () => {
    const plan = planWith(25);
    const element = mount(plan);
    await flush();
    expect(items(element)).toHaveLength(PAGE_SIZE);
    const scrolled = [];
    const added = {
      ...PLAN.needs[1],
      id: undefined,
      key: "00000000-0000-4000-8000-999999999999",
      sequence: 26,
      verbatim: "Gerade gehört",
      decision: "Pending"
    };
    byId(element, "need-filter").dispatchEvent(new CustomEvent("change", { detail: { value: "Defer" } }));
    await flush();
    const scrollIntoView = jest.fn(function record() {
      scrolled.push(this.dataset.key);
    });
    window.HTMLElement.prototype.scrollIntoView = scrollIntoView;
    element.plan = { ...plan, needs: [...plan.needs, added] };
    await flush();
    const keys = items(element).map((item) => item.dataset.key);
    expect(keys).toContain(added.key);
    expect(byId(element, "need-filter").value).toBe("all");
    expect(keys).toHaveLength(26); // pages 1-3 of 26 needs: the new one is the last
    expect(scrolled).toEqual([added.key]);
    expect(element.shadowRoot.activeElement).toBeFalsy();
    delete window.HTMLElement.prototype.scrollIntoView;
  });
});
