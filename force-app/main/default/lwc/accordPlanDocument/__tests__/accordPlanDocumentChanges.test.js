import AccordPlanDocument from "c/accordPlanDocument";
import getVersions from "@salesforce/apex/AccordPlanVersionController.getVersions";
import saveAsFileWith from "@salesforce/apex/AccordPlanDocumentController.saveAsFileWith";
import path from "node:path";
import { planFingerprint } from "c/accordCore";
import { formatLabel } from "c/accordLabels";
import { readLabelCatalog } from "../../../../../../preview/build/labels.js";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";
import { versionOf } from "test/accordVersions";

jest.mock("@salesforce/apex/AccordPlanVersionController.getVersions", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordPlanDocumentController.getSignatureImages", () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock("@salesforce/apex/AccordPlanDocumentController.saveAsFileWith", () => ({ default: jest.fn() }), {
  virtual: true
});
// Japanese labels for the plan's language, English for every other label the document asks for.
jest.mock(
  "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels",
  () => {
    const nodePath = require("node:path");
    const labels = require("../../../../../../preview/build/labels.js");
    const catalog = labels.readLabelCatalog(nodePath.join(__dirname, "../../../../../.."));
    return {
      default: jest.fn(({ language, names }) =>
        Promise.resolve(
          Object.fromEntries(
            names.map((name) => [name, (catalog.translations[language] || {})[name] || catalog.en[name]])
          )
        )
      )
    };
  },
  { virtual: true }
);

const JA = readLabelCatalog(path.join(__dirname, "../../../../../..")).translations.ja;
const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json").plan;
const mount = mounter("c-accord-plan-document", AccordPlanDocument);

let planCount = 0;

/** Version 3 in review after the customer signed version 2: the first need reworded; a plan of its own per test. */
function reopenedAfterSigning(language = "de") {
  const signed = JSON.parse(JSON.stringify(AGREED));
  signed.id = `a0200000000${String(++planCount).padStart(4, "0")}AAA`;
  const plan = JSON.parse(JSON.stringify(signed));
  plan.planLanguage = language;
  plan.status = "In Review";
  plan.version = 3;
  plan.needs[0].verbatim = `${plan.needs[0].verbatim} – bitte schnell`;
  plan.signatures = plan.signatures.map((signature) => ({ ...signature, superseded: true }));
  plan.contentHash = planFingerprint(plan);
  getVersions.mockResolvedValue([versionOf(signed), versionOf(plan, "2026-08-01T09:00:00.000Z")]);
  return plan;
}

const changesOf = (element) => element.shadowRoot.querySelector("c-accord-version-changes").shadowRoot;
const includeChanges = (element) => byId(element, "include-changes");

describe("c-accord-plan-document: what changed since the customer's version", () => {
  afterEach(resetDom);

  it("includes the changes by default when the customer signed an earlier version, and leaves them out on request", async () => {
    const element = mount({ plan: reopenedAfterSigning() });
    await settle();
    expect(includeChanges(element).checked).toBe(true);
    expect(byId(element, "doc-changes").classList.contains("slds-hide")).toBe(false);
    expect(changesOf(element).querySelector('[data-id="changes-heading"]').textContent).toContain(
      "Geändert seit Version 2, die Dr. Anna Schneider unterschrieben hat"
    );
    await expectAccessible(element);

    includeChanges(element).checked = false;
    includeChanges(element).dispatchEvent(new CustomEvent("change"));
    await settle();
    expect(includeChanges(element).checked).toBe(false);
    expect(byId(element, "doc-changes").classList.contains("slds-hide")).toBe(true);
  });

  it("a second view of the plan (the workspace's print copy) shows the rep's choice in its first render", async () => {
    const plan = reopenedAfterSigning();
    const screen = mount({ plan });
    await settle();
    includeChanges(screen).checked = false;
    includeChanges(screen).dispatchEvent(new CustomEvent("change"));
    await settle();
    getVersions.mockClear();

    const printCopy = mount({ plan });
    expect(byId(printCopy, "doc-changes").classList.contains("slds-hide")).toBe(true);
    expect(getVersions).not.toHaveBeenCalled();
    includeChanges(screen).checked = true;
    includeChanges(screen).dispatchEvent(new CustomEvent("change"));
    const secondCopy = mount({ plan });
    expect(byId(secondCopy, "doc-changes").classList.contains("slds-hide")).toBe(false);
    expect(changesOf(secondCopy).querySelector('[data-id="changes-heading"]')).not.toBeNull();
  });

  it("offers them unchecked when the customer only saw an earlier version", async () => {
    const plan = reopenedAfterSigning();
    plan.signatures = [];
    const element = mount({ plan });
    await settle();
    expect(includeChanges(element).checked).toBe(false);
    expect(byId(element, "doc-changes").classList.contains("slds-hide")).toBe(true);
  });

  it("the PDF saved as a file prints the changes as the checkbox says (the page's changes parameter)", async () => {
    saveAsFileWith.mockResolvedValue("069000000000001AAA");
    const plan = reopenedAfterSigning();
    const element = mount({ plan });
    await settle();
    byId(element, "save-file").click();
    await settle();
    expect(saveAsFileWith).toHaveBeenLastCalledWith({ planId: plan.id, includeChanges: true });

    includeChanges(element).checked = false;
    includeChanges(element).dispatchEvent(new CustomEvent("change"));
    await settle();
    byId(element, "save-file").click();
    await settle();
    expect(saveAsFileWith).toHaveBeenLastCalledWith({ planId: plan.id, includeChanges: false });
  });

  it("the PDF keeps the server's default when no changes are offered", async () => {
    saveAsFileWith.mockResolvedValue("069000000000001AAA");
    getVersions.mockResolvedValue([]);
    const element = mount({ plan: AGREED });
    await settle();
    byId(element, "save-file").click();
    await settle();
    expect(saveAsFileWith).toHaveBeenLastCalledWith({ planId: AGREED.id, includeChanges: null });
  });

  it("offers nothing when there is no earlier version to compare with", async () => {
    getVersions.mockResolvedValue([]);
    const element = mount({ plan: AGREED });
    await settle();
    expect(includeChanges(element)).toBeNull();
    expect(byId(element, "doc-changes").classList.contains("slds-hide")).toBe(true);
  });

  it("writes the changes in the plan's language", async () => {
    const element = mount({ plan: reopenedAfterSigning("ja") });
    await settle();
    const heading = changesOf(element).querySelector('[data-id="changes-heading"]').textContent;
    expect(heading).toBe(formatLabel(JA.Accord_Changes_SinceSigned, 2, "Dr. Anna Schneider"));
    const field = changesOf(element).querySelector('[data-id="change-field"] .slds-text-title').textContent;
    expect(field).toBe(JA.Accord_Need_Verbatim);
  });
});
