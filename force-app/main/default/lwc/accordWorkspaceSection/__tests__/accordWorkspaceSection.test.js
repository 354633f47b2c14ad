import AccordWorkspaceSection from "c/accordWorkspaceSection";
import { expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const WORKSPACE = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const mount = mounter("c-accord-workspace-section", AccordWorkspaceSection, {
  plan: WORKSPACE.plan,
  working: WORKSPACE.plan,
  stakeholders: WORKSPACE.stakeholders,
  permissions: WORKSPACE.permissions,
  contentEditable: true,
  countryCode: "DE",
  accountId: WORKSPACE.account.id
});

describe("c-accord-workspace-section", () => {
  afterEach(resetDom);

  it("renders only the chosen section's content, in light DOM", async () => {
    const element = mount({ section: "listen" });
    await settle();
    expect(element.shadowRoot).toBeNull(); // light DOM: the workspace finds and focuses the lists
    expect(element.querySelector("c-accord-need-list")).not.toBeNull();
    expect(element.querySelector("c-accord-need-entry")).not.toBeNull();
    expect(element.querySelector("c-accord-sign-panel")).toBeNull();
    element.section = "sign";
    await settle();
    expect(element.querySelector("c-accord-sign-panel")).not.toBeNull();
    expect(element.querySelector("c-accord-need-list")).toBeNull();
    await expectAccessible(element);
  });

  it("passes a child's event on with its type and detail, once", async () => {
    const element = mount({ section: "listen" });
    await settle();
    const heard = jest.fn();
    element.addEventListener("needupdate", heard);
    const detail = { key: "n1", changes: { theme: "Education" } };
    element.querySelector("c-accord-need-list").dispatchEvent(new CustomEvent("needupdate", { detail }));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0][0].detail).toBe(detail);
  });

  it("cancels the child's event when the workspace cancels it (the document's print)", async () => {
    const element = mount({ section: "document" });
    await settle();
    const printing = new CustomEvent("printdocument", { cancelable: true });
    element.addEventListener("printdocument", (event) => event.preventDefault());
    expect(element.querySelector("c-accord-plan-document").dispatchEvent(printing)).toBe(false);
    const uncancelled = new CustomEvent("printdocument", { cancelable: true });
    const other = mount({ section: "document" });
    await settle();
    expect(other.querySelector("c-accord-plan-document").dispatchEvent(uncancelled)).toBe(true);
  });
});
