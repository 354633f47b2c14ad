import AccordCardFrame from "c/accordCardFrame";
import { expectAccessible, flush, mounter, resetDom } from "test/accordTest";

const TEXTS = {
  loadingText: "Loading stakeholders",
  errorTitle: "The stakeholder map could not be loaded.",
  retryLabel: "Try again"
};
/** Light DOM: the frame's states are the element's own children. */
const byId = (element, id) => element.querySelector(`[data-id="${id}"]`);
const mount = mounter("c-accord-card-frame", AccordCardFrame, {
  title: "Stakeholder map",
  iconName: "standard:team_member"
});

describe("c-accord-card-frame", () => {
  afterEach(resetDom);

  it("is a card with its title and icon", async () => {
    const element = mount({ state: { loading: false, error: null, ...TEXTS } });
    await flush();
    const card = element.querySelector("lightning-card");
    expect([card.title, card.iconName]).toEqual(["Stakeholder map", "standard:team_member"]);
    expect(byId(element, "loading")).toBeNull();
    expect(byId(element, "error")).toBeNull();
    await expectAccessible(element);
  });

  it("shows a spinner named by its loading text while loading, and no error", async () => {
    const element = mount({ state: { loading: true, error: "stale", ...TEXTS } });
    await flush();
    expect(byId(element, "loading").querySelector("lightning-spinner").alternativeText).toBe("Loading stakeholders");
    expect(byId(element, "error")).toBeNull();
    await expectAccessible(element);
  });

  it("shows the error under its title as an alert, and a retry that raises retry", async () => {
    const element = mount({ state: { loading: false, error: "No access", ...TEXTS } });
    const retry = jest.fn();
    element.addEventListener("retry", retry);
    await flush();
    const error = byId(element, "error");
    expect(error.getAttribute("role")).toBe("alert");
    expect(Array.from(error.querySelectorAll("p"), (p) => p.textContent)).toEqual([
      "The stakeholder map could not be loaded.",
      "No access"
    ]);
    expect(byId(element, "loading")).toBeNull();
    byId(element, "retry").click();
    expect(retry).toHaveBeenCalledTimes(1);
    await expectAccessible(element);
  });

  it("shows the bare error without a title or retry when the card names neither", async () => {
    const element = mount({ state: { loading: false, error: "No account.", loadingText: "Loading" } });
    await flush();
    expect(byId(element, "error").textContent).toBe("No account.");
    expect(byId(element, "retry")).toBeNull();
  });
});
