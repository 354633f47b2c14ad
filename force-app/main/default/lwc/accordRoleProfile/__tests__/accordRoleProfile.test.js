import AccordRoleProfile from "c/accordRoleProfile";
import { peopleOf } from "c/accordStakeholderView";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const MAP = require("../../accordStakeholderMap/__tests__/data/getStakeholderMap.json");
const mount = mounter("c-accord-role-profile", AccordRoleProfile, {
  countryCode: "DE",
  archetypeCode: "Statutory_Insurance_Hospital"
});
const brandt = () => peopleOf(MAP)[1];
const pharmacy = MAP.profiles[0];

describe("c-accord-role-profile", () => {
  afterEach(resetDom);

  it("asks to select a person when nobody is selected", async () => {
    const element = mount();
    await settle();
    expect(byId(element, "profile-select").textContent).toBe(
      "Select a person to see how this country approaches their role."
    );
    await expectAccessible(element);
  });

  it("shows what the role cares about, the evidence, how to engage, what to avoid and the country source", async () => {
    const element = mount({ person: brandt(), profile: pharmacy });
    await settle();
    expect(byId(element, "profile-person").textContent).toBe("Thomas Brandt");
    expect(byId(element, "priorities").textContent).toBe("AMNOG benefit rating and budget impact.");
    expect(byId(element, "evidence").textContent).toBe("G-BA dossier, real-world data.");
    expect(byId(element, "avoid").textContent).toBe(
      "Hospitality instead of substance; documents handed in at the last minute."
    );
    expect(Array.from(element.shadowRoot.querySelectorAll("dt")).map((dt) => dt.textContent)).toEqual([
      "What they care about",
      "Evidence they need",
      "How to engage",
      "What to avoid"
    ]);
    expect(byId(element, "profile-source").textContent).toBe("Source: country profile (DE)");
    // en_US reading an en profile: no fallback note.
    expect(byId(element, "profile-fallback")).toBeNull();
    await expectAccessible(element);
  });

  it("names the archetype or global source, and a profile shown in another language", async () => {
    const element = mount({
      person: brandt(),
      profile: { ...pharmacy, level: "Archetype", language: "de", languageFallback: true }
    });
    await settle();
    expect(byId(element, "profile-source").textContent).toBe(
      "Source: archetype profile (Statutory_Insurance_Hospital)"
    );
    expect(byId(element, "profile-fallback").textContent).toBe("No profile in your language: shown in Deutsch.");
    // A profile written before "What to avoid" existed shows no empty heading for it.
    element.profile = { ...pharmacy, level: "Global", whatToAvoid: "" };
    await settle();
    expect(byId(element, "profile-source").textContent).toBe("Source: global profile");
    expect(byId(element, "avoid")).toBeNull();
  });

  it("says when no profile is set up for the role, and closes", async () => {
    const element = mount({ person: peopleOf(MAP)[3], profile: null });
    const close = jest.fn();
    element.addEventListener("close", close);
    await settle();
    expect(byId(element, "profile-none").textContent).toBe(
      "No role profile is set up for this role yet. Ask your Accord admin to add one."
    );
    expect(byId(element, "profile-edit")).toBeNull();
    byId(element, "profile-close").click();
    expect(close).toHaveBeenCalled();
    await expectAccessible(element);
  });

  it("offers to edit the selected person when the user may edit", async () => {
    const element = mount({ person: brandt(), profile: pharmacy, canEdit: true });
    const edit = jest.fn();
    element.addEventListener("edit", edit);
    await settle();
    byId(element, "profile-edit").click();
    expect(edit.mock.calls[0][0].detail).toEqual({ id: MAP.stakeholders[1].id });
    await expectAccessible(element);
  });
});
