// Every AccordPlanController method the plan workspace imports, each mocked as a virtual module whose default is a
// jest.fn. A workspace test imports this file before c/accordPlanWorkspace and the methods it drives (jest.mock
// registers the mock when this file runs, so it must run before anything imports them), instead of listing the
// same mocks again in each test file.
const PLAN_CONTROLLER_METHODS = [
  "getWorkspace",
  "getPlanWorkspace",
  "createPlan",
  "savePlan",
  "performAction",
  "createNextPlan"
];

for (const method of PLAN_CONTROLLER_METHODS) {
  jest.mock(`@salesforce/apex/AccordPlanController.${method}`, () => ({ default: jest.fn() }), { virtual: true });
}
