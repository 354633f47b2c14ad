import path from "node:path";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";
import { readLabelCatalog } from "../../../../../../preview/build/labels.js";

describe("c-accord-labels", () => {
  it("exposes every label under its name without the Accord_ prefix", () => {
    expect(LABELS.Workspace_Title).toBe("Customer Account Plan");
    expect(Object.isFrozen(LABELS)).toBe(true);
    expect(Object.keys(LABELS).length).toBeGreaterThan(200);
  });

  it("resolves every imported label to its English text in CustomLabels (none is left as its bare name)", () => {
    // Read here on its own, so a label imported but missing from CustomLabels shows as a difference.
    const { en } = readLabelCatalog(path.resolve(__dirname, "../../../../../.."));
    const expected = Object.fromEntries(Object.keys(LABELS).map((name) => [name, en[`Accord_${name}`]]));
    expect({ ...LABELS }).toEqual(expected);
    expect(Object.values(LABELS).filter((text) => /^c\.Accord_/.test(text))).toEqual([]);
  });

  it("exposes every custom label, so a code maps to its label by name", () => {
    const { en } = readLabelCatalog(path.resolve(__dirname, "../../../../../.."));
    expect(Object.keys(LABELS).map((name) => `Accord_${name}`)).toEqual(Object.keys(en));
    expect(codeLabel("Issue", "NEED_UNDECIDED")).toBe(en.Accord_Issue_NEED_UNDECIDED);
    expect(codeLabel("Health", "NEEDS_DECIDED")).toBe(en.Accord_Health_NEEDS_DECIDED);
    expect(codeLabel("Issue", "NO_SUCH_CODE")).toBeUndefined();
    expect(codeLabel("Health", "NEED_UNDECIDED")).toBeUndefined();
  });

  it("fills placeholders and leaves missing ones visible", () => {
    expect(formatLabel("{0} of {1}", 3, 10)).toBe("3 of 10");
    expect(formatLabel("{1}/{0}/{1}", "a", "b")).toBe("b/a/b");
    expect(formatLabel("{0} – {1}", "2026-01-01")).toBe("2026-01-01 – {1}");
    expect(formatLabel("{0}", null)).toBe("{0}");
  });
});
