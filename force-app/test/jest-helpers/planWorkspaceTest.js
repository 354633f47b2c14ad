// The plan workspace's jest setup, shared by its test files: the AccordPlanController mocks (planControllerMock,
// loaded before anything imports those methods) and mountWorkspace. A workspace test imports this file first.
import "./planControllerMock";
import { createElement } from "lwc";
import AccordPlanWorkspace from "c/accordPlanWorkspace";
import getWorkspace from "@salesforce/apex/AccordPlanController.getWorkspace";
import { settle } from "./accordTest";

/** The workspace on the record page of `workspace`'s account, getWorkspace answering a copy of it; settled. */
export async function mountWorkspace(workspace) {
  getWorkspace.mockResolvedValue(JSON.parse(JSON.stringify(workspace)));
  const element = createElement("c-accord-plan-workspace", { is: AccordPlanWorkspace });
  element.objectApiName = "Account";
  element.recordId = workspace.account.id;
  document.body.appendChild(element);
  await settle();
  return element;
}
