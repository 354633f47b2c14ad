import AccordVersionChanges from "c/accordVersionChanges";
import getVersions from "@salesforce/apex/AccordPlanVersionController.getVersions";
import { planFingerprint } from "c/accordCore";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";
import { versionOf } from "test/accordVersions";

jest.mock("@salesforce/apex/AccordPlanVersionController.getVersions", () => ({ default: jest.fn() }), {
  virtual: true
});

const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json").plan;
const mount = mounter("c-accord-version-changes", AccordVersionChanges);

/** Version 3 in review: the first need reworded, a commitment added; the version-2 signatures superseded. */
function reopenedAndChanged() {
  const plan = JSON.parse(JSON.stringify(AGREED));
  plan.status = "In Review";
  plan.version = 3;
  plan.needs[0].verbatim = `${plan.needs[0].verbatim} – bitte schnell`;
  const initiative = plan.initiatives[0];
  initiative.commitments.push({
    ...initiative.commitments[0],
    id: undefined,
    key: "c0ffee00-0000-4000-8000-000000000001",
    sequence: 99,
    description: "Monatliche Schulung der Pflege 👩‍⚕️"
  });
  plan.signatures = plan.signatures.map((signature) => ({ ...signature, superseded: true }));
  plan.contentHash = planFingerprint(plan);
  return plan;
}

describe("c-accord-version-changes", () => {
  afterEach(resetDom);

  it("shows what changed since the version the customer signed, word by word", async () => {
    const plan = reopenedAndChanged();
    getVersions.mockResolvedValue([versionOf(AGREED), versionOf(plan, "2026-08-01T09:00:00.000Z")]);
    const element = mount({ plan });
    await settle();

    expect(getVersions).toHaveBeenCalledWith({ planId: plan.id });
    expect(byId(element, "changes-heading").textContent).toContain(
      "Changed since version 2, which Dr. Anna Schneider signed"
    );
    const changes = [...element.shadowRoot.querySelectorAll('[data-id="change"]')];
    expect(changes.map((change) => change.dataset.kind)).toEqual(["changed", "added"]);
    const added = [...changes[0].querySelectorAll('[data-id="word-added"]')].map((node) => node.textContent);
    expect(added.join("")).toContain("– bitte schnell");
    expect(changes[0].querySelectorAll('[data-id="word-removed"]')).toHaveLength(0);
    expect(changes[1].querySelector('[data-id="change-text"]').textContent).toBe("Monatliche Schulung der Pflege 👩‍⚕️");
    await expectAccessible(element);
  });

  it("shows a changed date in the date pattern of its labels' language, as the PDF prints it, not as ISO", async () => {
    const plan = JSON.parse(JSON.stringify(AGREED));
    plan.status = "In Review";
    plan.version = 3;
    plan.initiatives[0].commitments[0].dueDate = "2026-06-15";
    plan.contentHash = planFingerprint(plan);
    getVersions.mockResolvedValue([versionOf(AGREED), versionOf(plan, "2026-08-01T09:00:00.000Z")]);
    const element = mount({ plan });
    await settle();

    const values = [...element.shadowRoot.querySelectorAll('[data-id="change-value"]')].map((node) => node.textContent);
    expect(values.join(" | ")).toContain("06/15/2026");
    expect(values.join(" | ")).not.toContain("2026-06-15");
    await expectAccessible(element);
  });

  it("names the version the customer last saw when they signed none, with values shown by their labels", async () => {
    const plan = JSON.parse(JSON.stringify(AGREED));
    plan.status = "In Review";
    plan.signatures = [];
    const shared = JSON.parse(JSON.stringify(plan));
    plan.version = 3;
    plan.needs[1].decision = plan.needs[1].decision === "Defer" ? "Commit" : "Defer";
    plan.contentHash = planFingerprint(plan);
    getVersions.mockResolvedValue([versionOf(shared), versionOf(plan)]);
    const element = mount({ plan });
    await settle();

    expect(byId(element, "changes-heading").textContent).toContain(
      "Changed since version 2, which Universitätsklinikum Beispielstadt last saw"
    );
    const values = [...element.shadowRoot.querySelectorAll('[data-id="change-value"]')].map((node) => node.textContent);
    expect(values.some((text) => /Defer|Commit/.test(text))).toBe(true);
    await expectAccessible(element);
  });

  it("renders nothing when only the current content was shared", async () => {
    const plan = JSON.parse(JSON.stringify(AGREED));
    getVersions.mockResolvedValue([versionOf(plan)]);
    const element = mount({ plan });
    await settle();
    expect(byId(element, "version-changes")).toBeNull();
    expect(byId(element, "changes-loading")).toBeNull();
  });

  it("shows a loading state, then the server's error", async () => {
    let reject;
    getVersions.mockReturnValue(new Promise((resolve, fail) => (reject = fail)));
    const element = mount({ plan: reopenedAndChanged() });
    await Promise.resolve();
    expect(byId(element, "changes-loading")).not.toBeNull();
    reject({ body: { message: JSON.stringify({ message: "No access", code: "NO_ACCESS" }) } });
    await settle();
    expect(byId(element, "changes-loading")).toBeNull();
    expect(byId(element, "changes-error").textContent).toContain("No access");
    await expectAccessible(element);
  });

  it("says so when the earlier version was too long to keep word for word", async () => {
    const plan = reopenedAndChanged();
    getVersions.mockResolvedValue([{ ...versionOf(AGREED), canonicalText: null }]);
    const element = mount({ plan });
    await settle();
    expect(byId(element, "changes-not-comparable").textContent).toContain("Version 2");
    expect(byId(element, "changes-list")).toBeNull();
  });

  it("reports no content change when the kept text equals the current content", async () => {
    const plan = reopenedAndChanged();
    getVersions.mockResolvedValue([{ ...versionOf(plan), version: 2, contentHash: "f".repeat(64) }]);
    const element = mount({ plan });
    await settle();
    expect(byId(element, "changes-none").textContent).toContain("No content changes since version 2.");
  });

  it("reloads the versions when the plan's version changes, not on every new object", async () => {
    const plan = reopenedAndChanged();
    getVersions.mockResolvedValue([]);
    const element = mount({ plan });
    await settle();
    element.plan = { ...plan };
    await settle();
    expect(getVersions).toHaveBeenCalledTimes(1);
    element.plan = { ...plan, version: 4 };
    await settle();
    expect(getVersions).toHaveBeenCalledTimes(2);
  });
});
