import { gapText } from "../consoleView";

// The console words each gap of findConfigurationGaps with its fix (label Accord_ConfigGap_<code>).
describe("c-accord-configuration-console gap text", () => {
  it("says which weights do not add up to 100, globally or in an archetype, with their total and the fix", () => {
    expect(gapText({ code: "CRITERION_WEIGHTS_NOT_100", archetypeCode: "HOSP", total: 73 })).toBe(
      "The selection criterion weights in HOSP add up to 73, not 100, so priority scores there are off. " +
        "Fix: change the weights (or the archetype's overrides) so they add up to 100."
    );
    expect(gapText({ code: "CRITERION_WEIGHTS_NOT_100", archetypeCode: null, total: 5 })).toMatch(
      /^The selection criterion weights in \S.* add up to 5, not 100/
    );
    expect(gapText({ code: "CRITERION_WEIGHTS_NOT_100", archetypeCode: null, total: 5 })).not.toContain("null");
  });
});
