import AccordPullThroughGuidance from "c/accordPullThroughGuidance";
import getConfiguration from "@salesforce/apex/AccordConfigurationController.getConfiguration";
import { byId, mounter, resetDom, settle, expectAccessible } from "test/accordTest";

jest.mock("@salesforce/apex/AccordConfigurationController.getConfiguration", () => ({ default: jest.fn() }), {
  virtual: true
});

const CONFIGURATION = require("../../../../../../spec/country-model.json").configuration;
const mount = mounter("c-accord-pull-through-guidance", AccordPullThroughGuidance);

describe("c-accord-pull-through-guidance", () => {
  afterEach(() => {
    sessionStorage.clear();
    resetDom();
  });

  it("shows the country's pull-through strategy on the full model", async () => {
    getConfiguration.mockResolvedValue(CONFIGURATION);
    const element = mount({ countryCode: "DE" });
    await settle();
    // The heading names the country in the user's language, not by its code.
    expect(byId(element, "guidance").getAttribute("aria-label")).toBe("Guidance for Germany (DE)");
    expect(byId(element, "guidance").querySelector("p").textContent).toBe("Guidance for Germany (DE)");
    expect(byId(element, "pull-through").textContent).toBe(
      "Pull-through strategy: Hospital formulary first, then regional networks."
    );
    expect(byId(element, "light-model")).toBeNull();
    await expectAccessible(element);
  });

  it("explains the light model of a country that is not ready", async () => {
    getConfiguration.mockResolvedValue(CONFIGURATION);
    const element = mount({ countryCode: "CN" });
    await settle();
    expect(byId(element, "pull-through")).toBeNull();
    expect(byId(element, "light-model").textContent).toMatch(
      /^KAM readiness here is “Not ready”.*at most 3 key initiatives.*The customer still signs the plan\.$/
    );
    await expectAccessible(element);
  });

  it("shows nothing for an unconfigured country, without a country, or when the configuration cannot be read", async () => {
    getConfiguration.mockResolvedValue(CONFIGURATION);
    const unconfigured = mount({ countryCode: "PT" });
    const none = mount({ countryCode: null });
    await settle();
    expect(byId(unconfigured, "guidance")).toBeNull();
    expect(byId(none, "guidance")).toBeNull();
    getConfiguration.mockRejectedValue({ body: { message: "boom" } });
    const failed = mount({ countryCode: "DE" });
    await settle();
    expect(byId(failed, "guidance")).toBeNull();
  });

  it("shows nothing in customer mode: the strategy is internal", async () => {
    sessionStorage.setItem("accord.customerMode", "on");
    getConfiguration.mockResolvedValue(CONFIGURATION);
    const element = mount({ countryCode: "DE" });
    await settle();
    expect(byId(element, "guidance")).toBeNull();
  });
});
