import AccordChoiceFilters from "c/accordChoiceFilters";
import { change, expectAccessible, flush, mounter, resetDom } from "test/accordTest";

const ALL = { label: "All", value: "" };
const FILTERS = [
  { name: "country", label: "Country", options: [ALL, { label: "DE", value: "DE" }], value: "DE" },
  { name: "tier", label: "Tier", options: [ALL, { label: "A", value: "A" }], value: "" }
];
const mount = mounter("c-accord-choice-filters", AccordChoiceFilters, { filters: FILTERS });
const selects = (element) => Array.from(element.querySelectorAll("c-accord-select"));
/** Light DOM: the selects are the element's own children. */
const filterById = (element, id) => element.querySelector(`[data-id="${id}"]`);

describe("c-accord-choice-filters", () => {
  afterEach(resetDom);

  it("shows one select per filter, in order, with its label, options, value and data-id", async () => {
    const element = mount();
    await flush();
    expect(selects(element).map((c) => [c.label, c.value, c.dataset.id, c.options.length])).toEqual([
      ["Country", "DE", "filter-country", 2],
      ["Tier", "", "filter-tier", 2]
    ]);
    await expectAccessible(element);
  });

  it("raises filter with the filter's name and the chosen value", async () => {
    const element = mount();
    const filter = jest.fn();
    element.addEventListener("filter", filter);
    await flush();
    change(filterById(element, "filter-tier"), "A");
    expect(filter.mock.calls.map(([event]) => event.detail)).toEqual([{ name: "tier", value: "A" }]);
  });

  it("places each filter as a grid column by default, or as a wrapping flex item", async () => {
    const grid = mount();
    const wrap = mount({ layout: "wrap" });
    await flush();
    // The scoped stylesheet adds its own class beside the item's.
    const itemClasses = (element) => [...selects(element)[0].parentElement.classList].filter((c) => !/^lwc-/.test(c));
    expect(itemClasses(grid)).toEqual(["slds-col", "slds-size_1-of-2", "slds-medium-size_1-of-5"]);
    expect(itemClasses(wrap)).toEqual(["filter_wrap"]);
  });
});
