import { LABELS, formatLabel } from "c/accordLabels";

describe("c-accord-labels", () => {
  it("exposes every label under its name without the Accord_ prefix", () => {
    expect(LABELS.Workspace_Title).toBe("c.Accord_Workspace_Title");
    expect(Object.isFrozen(LABELS)).toBe(true);
    expect(Object.keys(LABELS).length).toBeGreaterThan(200);
  });

  it("fills placeholders and leaves missing ones visible", () => {
    expect(formatLabel("{0} of {1}", 3, 10)).toBe("3 of 10");
    expect(formatLabel("{1}/{0}/{1}", "a", "b")).toBe("b/a/b");
    expect(formatLabel("{0} – {1}", "2026-01-01")).toBe("2026-01-01 – {1}");
    expect(formatLabel("{0}", null)).toBe("{0}");
  });
});
