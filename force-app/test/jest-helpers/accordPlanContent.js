// What the tests of the plan content components (needs, initiatives, commitments, their lists and forms) share:
// the workspace's draft plan, the props its content is edited with, and what every plan form does with its
// required text. Imported by relative path from each component's __tests__ folder.
import { byId } from "./accordTest";

export const WORKSPACE = require("../../main/default/lwc/accordPlanWorkspace/__tests__/data/workspaceDraft.json");
export const PLAN = WORKSPACE.plan;

/** A draft's initiatives and commitments as the workspace shows them: the account's people, the user, all editable. */
export const EDITABLE = {
  stakeholders: WORKSPACE.stakeholders,
  permissions: WORKSPACE.permissions,
  editable: true,
  progressEditable: true
};

/**
 * What a plan form (mounted by `mount` with `props`) does with its required text, data-id `field`, left blank: Save
 * (`save`) sends a formsave or not, shows a message on the text and focuses it; focus() focuses it; Cancel (`cancel`)
 * reports formcancel. The test states what it expects of these.
 */
export async function requiredTextProbe(mount, props, { field, save, cancel }) {
  const { element, handler: saved } = await mount.watching("formsave", props);
  const cancelled = jest.fn();
  element.addEventListener("formcancel", cancelled);
  const input = byId(element, field);
  input.setCustomValidity = jest.fn();
  input.reportValidity = jest.fn();
  const focus = jest.spyOn(input, "focus");
  byId(element, save).click();
  const onSave = { sent: saved.mock.calls.length, message: input.setCustomValidity.mock.calls.at(-1)?.[0] };
  const focusedOnSave = focus.mock.calls.length;
  focus.mockClear();
  element.focus();
  const focusedOnRequest = focus.mock.calls.length;
  byId(element, cancel).click();
  return { ...onSave, focusedOnSave, focusedOnRequest, cancelled: cancelled.mock.calls.length };
}

/** What requiredTextProbe sees of a form that refuses a blank required text and then works as asked. */
export const REFUSES_BLANK = {
  sent: 0,
  message: "Complete this field.",
  focusedOnSave: 1,
  focusedOnRequest: 1,
  cancelled: 1
};
