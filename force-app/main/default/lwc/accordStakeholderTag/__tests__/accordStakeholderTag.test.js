import AccordStakeholderTag from "c/accordStakeholderTag";
import getStakeholderMap from "@salesforce/apex/AccordStakeholderController.getStakeholderMap";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("../../accordStakeholderMap/__tests__/data/getStakeholderMap.json");

jest.mock(
  "@salesforce/apex/AccordStakeholderController.getStakeholderMap",
  () => ({
    default: jest.fn(() => Promise.resolve(require("../../accordStakeholderMap/__tests__/data/getStakeholderMap.json")))
  }),
  { virtual: true }
);

const mount = mounter("c-accord-stakeholder-tag", AccordStakeholderTag, { stakeholders: MAP.stakeholders });

describe("c-accord-stakeholder-tag", () => {
  afterEach(resetDom);

  it("shows the title and role, and the country's approach for the role on hover or tap, loading the map once", async () => {
    const brandt = mount({ contactId: MAP.stakeholders[1].contactId });
    const weber = mount({ contactId: MAP.stakeholders[0].contactId });
    await settle();
    expect(byId(brandt, "stakeholder-details").textContent).toBe(" (Leiter der Apotheke, Head of Pharmacy)");
    expect(byId(brandt, "stakeholder-approach").content).toBe(
      "How to approach the Head of Pharmacy: Provide complete documents to the drug committee well before it meets."
    );
    expect(byId(weber, "stakeholder-details").textContent).toBe(" (Ärztliche Direktorin, Medical Director)");
    expect(getStakeholderMap).toHaveBeenCalledTimes(1);
    await expectAccessible(brandt);
  });

  it("shows nothing for a contact who is no stakeholder, and no help without a profile", async () => {
    const nobody = mount({ contactId: "003000000000099AAA" });
    const hoffmann = mount({ contactId: MAP.stakeholders[3].contactId });
    await settle();
    expect(byId(nobody, "stakeholder-details")).toBeNull();
    expect(byId(hoffmann, "stakeholder-details").textContent).toBe(
      " (Kaufmännische Direktorin, Head of Procurement and Finance)"
    );
    expect(byId(hoffmann, "stakeholder-approach")).toBeNull();
  });
});
