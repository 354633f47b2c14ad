// Where each component goes on the Account record page, as an admin would place it in Lightning App
// Builder: the plan workspace and stakeholder map in the main column, cards in the sidebar.
const MAIN_COLUMN = new Set(["accordPlanWorkspace", "accordStakeholderMap", "accordCollaborationSurvey"]);

export function placeComponents(components) {
  return {
    main: components.filter((c) => MAIN_COLUMN.has(c.name)),
    sidebar: components.filter((c) => !MAIN_COLUMN.has(c.name))
  };
}
