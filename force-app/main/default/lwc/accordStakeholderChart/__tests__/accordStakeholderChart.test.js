import AccordStakeholderChart from "c/accordStakeholderChart";
import { peopleOf } from "c/accordStakeholderView";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("../../accordStakeholderMap/__tests__/data/getStakeholderMap.json");
const mount = mounter("c-accord-stakeholder-chart", AccordStakeholderChart);
const nodes = (element) => Array.from(element.shadowRoot.querySelectorAll(".node"));
const buttons = (element) => Array.from(element.shadowRoot.querySelectorAll('[data-node="true"]'));
const key = (el, k) => el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
const focusedName = (element) => element.shadowRoot.activeElement.querySelector(".name").textContent;

/** 300 people "Person 1…300", each reporting to an earlier one (about three reports each): a chart larger than the view. */
function largeChart() {
  const base = MAP.stakeholders[1];
  return peopleOf({
    stakeholders: Array.from({ length: 300 }, (_, i) => ({
      ...base,
      id: `s${i}`,
      firstName: "Person",
      lastName: String(i + 1),
      reportsToId: i === 0 ? null : `s${Math.floor((i - 1) / 3)}`
    }))
  });
}

describe("c-accord-stakeholder-chart", () => {
  afterEach(resetDom);

  it("places reports below their manager, side by side, and links them", async () => {
    const element = mount({ people: peopleOf(MAP) });
    await settle();
    const [weber, brandt, schneider] = nodes(element).map((n) => n.parentElement.style);
    expect(parseFloat(brandt.top)).toBeGreaterThan(parseFloat(weber.top));
    expect(brandt.top).toBe(schneider.top);
    expect(parseFloat(brandt.left)).toBeLessThan(parseFloat(weber.left));
    expect(parseFloat(schneider.left)).toBeGreaterThan(parseFloat(weber.left));
    expect(element.shadowRoot.querySelectorAll("path.link")).toHaveLength(2);
    expect(byId(element, "not-placed").textContent).toContain("Sabine Hoffmann");
    await expectAccessible(element);
  });

  it("moves between people with the arrow keys and selects with the name button", async () => {
    const element = mount({ people: peopleOf(MAP) });
    const selected = jest.fn();
    element.addEventListener("select", selected);
    await settle();
    const [weber] = buttons(element);
    expect(weber.getAttribute("tabindex")).toBe("0");
    expect(
      buttons(element)
        .slice(1)
        .map((n) => n.getAttribute("tabindex"))
    ).toEqual(["-1", "-1"]);
    weber.focus();
    key(weber, "ArrowDown");
    await settle();
    expect(focusedName(element)).toBe("Thomas Brandt");
    key(element.shadowRoot.activeElement, "ArrowRight");
    await settle();
    expect(focusedName(element)).toBe("Michael Schneider");
    key(element.shadowRoot.activeElement, "ArrowLeft");
    await settle();
    expect(focusedName(element)).toBe("Thomas Brandt");
    key(element.shadowRoot.activeElement, "ArrowUp");
    await settle();
    expect(focusedName(element)).toBe("Katharina Weber");
    // A key that leads nowhere keeps the focus; the name is a button (Enter and Space click it).
    key(element.shadowRoot.activeElement, "ArrowUp");
    await settle();
    expect(focusedName(element)).toBe("Katharina Weber");
    element.shadowRoot.activeElement.click();
    expect(selected).toHaveBeenCalledTimes(1);
    expect(selected.mock.calls[0][0].detail).toEqual({ id: MAP.stakeholders[0].id });
  });

  it("zooms in and out within bounds and fits to the visible width", async () => {
    const element = mount({ people: peopleOf(MAP) });
    await settle();
    byId(element, "zoom-out").click();
    await settle();
    expect(byId(element, "zoom").textContent).toBe("80%");
    for (let i = 0; i < 10; i++) byId(element, "zoom-in").click();
    await settle();
    expect(byId(element, "zoom").textContent).toBe("160%");
    const viewport = byId(element, "viewport");
    Object.defineProperty(viewport, "clientWidth", { value: 300 });
    byId(element, "fit").click();
    await settle();
    expect(parseInt(byId(element, "zoom").textContent, 10)).toBeLessThan(100);
  });

  it("puts people caught in a stored reporting circle in the not-placed lane instead of losing them", async () => {
    const people = peopleOf(MAP).slice(0, 2);
    people[0] = { ...people[0], reportsToId: people[1].id };
    const element = mount({ people });
    await settle();
    expect(nodes(element)).toHaveLength(0);
    expect(element.shadowRoot.querySelectorAll('[data-id="not-placed"] li')).toHaveLength(2);
  });

  it("renders only the people around the visible part of a large chart, starting at its top", async () => {
    const element = mount({ people: largeChart() });
    await settle();
    const shown = nodes(element).map((n) => n.querySelector(".name").textContent);
    // The first render: the top of the chart and a quarter viewport around it (its reports sit far to each side).
    expect(shown).toContain("Person 1");
    expect(shown.length).toBeLessThan(20);
    const links = element.shadowRoot.querySelectorAll("path.link").length;
    expect(links).toBeGreaterThan(0);
    expect(links).toBeLessThan(299);
  });

  it("renders more people only when the view nears the edge of what is rendered, not on every scroll", async () => {
    const element = mount({ people: largeChart() });
    await settle();
    const viewport = byId(element, "viewport");
    const size = { clientWidth: 800, clientHeight: 500 };
    Object.entries(size).forEach(([name, value]) => Object.defineProperty(viewport, name, { value }));
    const shownNames = () => nodes(element).map((n) => n.querySelector(".name").textContent);
    // Measured after the next render (a zoom step and back), opening on the top of the chart.
    byId(element, "zoom-out").click();
    await settle();
    byId(element, "zoom-in").click();
    await settle();
    // After the paint the region widens to a full viewport around the view (a frame and a task later).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    const first = shownNames();
    expect(first).toContain("Person 1");

    // A small scroll stays within the rendered margin: the same people.
    viewport.scrollLeft += 100;
    viewport.dispatchEvent(new CustomEvent("scroll"));
    await settle();
    expect(shownNames()).toEqual(first);

    // Scrolling to the far left end renders the people there instead.
    viewport.scrollLeft = 0;
    viewport.dispatchEvent(new CustomEvent("scroll"));
    await settle();
    const atLeft = shownNames();
    expect(atLeft).not.toEqual(first);
    expect(atLeft.length).toBeGreaterThan(0);
    expect(atLeft.length).toBeLessThan(100);
  });
});
