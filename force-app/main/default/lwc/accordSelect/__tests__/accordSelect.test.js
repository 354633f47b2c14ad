import AccordSelect from "c/accordSelect";
import { expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const OPTIONS = [
  { label: "None", value: "" },
  { label: "Access", value: "Access" },
  { label: "Outcomes", value: "Outcomes" }
];
const mount = mounter("c-accord-select", AccordSelect, { label: "Theme", options: OPTIONS });
const select = (element) => element.shadowRoot.querySelector("select");

describe("c-accord-select", () => {
  afterEach(resetDom);

  it("is a labelled select of the options, showing the value it is given", async () => {
    const element = mount({ value: "Outcomes" });
    await settle();
    const options = [...select(element).options];
    expect(options.map((option) => [option.textContent, option.value])).toEqual([
      ["None", ""],
      ["Access", "Access"],
      ["Outcomes", "Outcomes"]
    ]);
    expect(select(element).value).toBe("Outcomes");
    const label = element.shadowRoot.querySelector("label");
    expect(label.textContent).toBe("Theme");
    expect(label.htmlFor).toBe(select(element).id);
    await expectAccessible(element);
  });

  it("follows a value set by its parent, and shows none for a value not given", async () => {
    const element = mount({ value: "Access" });
    await settle();
    element.value = null;
    await settle();
    expect(select(element).value).toBe("");
    element.value = 3; // a number, as a priority is
    element.options = [...OPTIONS, { label: "3", value: "3" }];
    await settle();
    expect(select(element).value).toBe("3");
  });

  it("tells its parent the chosen value in one change event; the native event stays inside", async () => {
    const element = mount();
    await settle();
    const heard = jest.fn();
    const outside = jest.fn();
    element.addEventListener("change", heard);
    document.body.addEventListener("change", outside);
    select(element).value = "Access";
    select(element).dispatchEvent(new CustomEvent("change", { bubbles: true }));
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0][0].detail).toEqual({ value: "Access" });
    expect(outside).not.toHaveBeenCalled();
    expect(element.value).toBe("Access");
    document.body.removeEventListener("change", outside);
  });

  it("shows none again when its parent resets the value after a choice (Raised by, after each need)", async () => {
    const element = mount({ value: "" });
    await settle();
    select(element).value = "Outcomes";
    select(element).dispatchEvent(new CustomEvent("change", { bubbles: true }));
    await settle();
    element.value = "";
    await settle();
    expect(select(element).value).toBe("");
    expect(select(element).selectedOptions[0].textContent).toBe("None");
  });
});
