import AccordPlanCreate from "c/accordPlanCreate";
import { flush, byId, mounter, resetDom, expectAccessible } from "test/accordTest";

const mount = mounter("c-accord-plan-create", AccordPlanCreate, { canCreate: true });

describe("c-accord-plan-create", () => {
  afterEach(resetDom);

  it("starts the first plan with a period start and the plan language", async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener("createplan", handler);
    await flush();
    expect(byId(element, "period-start").value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byId(element, "plan-language").value).toBe("en");
    expect(byId(element, "plan-language").options).toHaveLength(8);
    await expectAccessible(element);
    byId(element, "period-start").dispatchEvent(new CustomEvent("change", { detail: { value: "2026-07-01" } }));
    byId(element, "plan-language").dispatchEvent(new CustomEvent("change", { detail: { value: "ko" } }));
    byId(element, "create-submit").click();
    expect(handler.mock.calls[0][0].detail).toEqual({ periodStart: "2026-07-01", planLanguage: "ko" });
  });

  it("asks for the period start when it is cleared", async () => {
    const element = mount();
    const handler = jest.fn();
    element.addEventListener("createplan", handler);
    await flush();
    const input = byId(element, "period-start");
    input.setCustomValidity = jest.fn();
    input.reportValidity = jest.fn();
    input.dispatchEvent(new CustomEvent("change", { detail: { value: "" } }));
    byId(element, "create-submit").click();
    expect(handler).not.toHaveBeenCalled();
    expect(input.setCustomValidity).toHaveBeenCalledWith("Choose the date the plan period starts.");
  });

  it("shows the error and a spinner while creating", async () => {
    const element = mount({ busy: true, actionError: { message: "A plan exists." } });
    await flush();
    expect(byId(element, "create-error").textContent).toBe("A plan exists.");
    expect(byId(element, "create-submit").disabled).toBe(true);
    expect(element.shadowRoot.querySelector("lightning-spinner").alternativeText).toBe("Creating the plan…");
  });

  it("is read-only for users who cannot create plans", async () => {
    const element = mount({ canCreate: false });
    await flush();
    expect(byId(element, "create-submit")).toBeNull();
    expect(byId(element, "create-read-only")).not.toBeNull();
  });

  it("proposes the user's language when the plan can be written in it", () => {
    expect(AccordPlanCreate.defaultLanguage("de-DE")).toBe("de");
    expect(AccordPlanCreate.defaultLanguage("zh-CN")).toBe("zh_CN");
    expect(AccordPlanCreate.defaultLanguage("pt-BR")).toBe("en");
    expect(AccordPlanCreate.defaultLanguage(undefined)).toBe("en");
  });

  it("starts the plan in the language of the account's country until the user picks another", async () => {
    const element = mount({ countryCode: "JP" });
    await flush();
    const language = element.shadowRoot.querySelector('[data-id="plan-language"]');
    expect(language.value).toBe("ja");
    element.countryCode = "KR";
    await flush();
    expect(language.value).toBe("ko");
    language.dispatchEvent(new CustomEvent("change", { detail: { value: "en" } }));
    element.countryCode = "DE";
    await flush();
    expect(language.value).toBe("en");
  });
});
