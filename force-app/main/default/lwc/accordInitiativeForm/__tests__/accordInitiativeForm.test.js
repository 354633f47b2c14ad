import AccordInitiativeForm from "c/accordInitiativeForm";
import { flush, byId, change, mounter, resetDom, expectAccessible, watchTextField } from "test/accordTest";
import { PLAN, REFUSES_BLANK, requiredTextProbe } from "test/accordPlanContent";

const mount = mounter("c-accord-initiative-form", AccordInitiativeForm);

describe("c-accord-initiative-form", () => {
  afterEach(resetDom);

  it("creates an initiative with title, success measure and target date", async () => {
    const { element, handler } = await mount.watching("formsave", { heading: "New" });
    await expectAccessible(element);
    change(byId(element, "initiative-title"), "Pflege-Schulungen");
    change(byId(element, "initiative-success-measure"), "90 % geschult");
    change(byId(element, "initiative-target-date"), "2026-06-30");
    byId(element, "initiative-form-save").click();
    expect(handler.mock.calls[0][0].detail.fields).toEqual({
      title: "Pflege-Schulungen",
      successMeasure: "90 % geschult",
      targetDate: "2026-06-30"
    });
  });

  it("starts from the initiative being edited", async () => {
    const element = mount({ initiative: PLAN.initiatives[0] });
    await flush();
    expect(byId(element, "initiative-title").value).toBe(PLAN.initiatives[0].title);
    expect(byId(element, "initiative-target-date").value).toBe("2026-09-30");
  });

  it("requires a title, reports cancel and can be focused", async () => {
    const ids = { field: "initiative-title", save: "initiative-form-save", cancel: "initiative-form-cancel" };
    expect(await requiredTextProbe(mount, {}, ids)).toEqual(REFUSES_BLANK);
  });

  it("links the committed needs the initiative addresses, and unlinks one unticked", async () => {
    const linkableNeeds = [
      { value: "need-a", label: "#1 Schulungen" },
      { value: "need-b", label: "#2 Daten" }
    ];
    const { element, handler } = await mount.watching("formsave", {
      initiative: PLAN.initiatives[0],
      linkableNeeds,
      linkedNeedKeys: ["need-a"]
    });
    const group = byId(element, "initiative-link-needs");
    expect(group.label).toBe("Committed needs it addresses");
    expect(group.value).toEqual(["need-a"]);
    await expectAccessible(element);
    group.dispatchEvent(new CustomEvent("change", { detail: { value: ["need-b"] } }));
    byId(element, "initiative-form-save").click();
    expect(handler.mock.calls[0][0].detail.needKeys).toEqual(["need-b"]);
  });

  it("offers no needs when none is committed, and says nothing about links", async () => {
    const { element, handler } = await mount.watching("formsave", { heading: "New" });
    expect(byId(element, "initiative-link-needs")).toBeNull();
    change(byId(element, "initiative-title"), "Titel");
    byId(element, "initiative-form-save").click();
    expect(handler.mock.calls[0][0].detail.needKeys).toBeUndefined();
  });

  it("shows each text's limit and refuses a title over 255 characters, never cutting it", async () => {
    const { element, handler } = await mount.watching("formsave", { heading: "New" });
    const title = byId(element, "initiative-title");
    const { input: titleInput, counter } = watchTextField(title);
    expect(watchTextField(byId(element, "initiative-success-measure")).counter()).toBe("0 / 32,768 characters");
    change(title, "T".repeat(256));
    await flush();
    expect(counter()).toBe("256 / 255 characters");
    byId(element, "initiative-form-save").click();
    expect(handler).not.toHaveBeenCalled();
    expect(titleInput.setCustomValidity).toHaveBeenLastCalledWith(
      "This text has 256 characters; at most 255 fit. Shorten it: nothing was cut and nothing is saved until it fits."
    );
  });
});
