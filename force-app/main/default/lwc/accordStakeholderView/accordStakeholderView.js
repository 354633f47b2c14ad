/**
 * The stakeholder map's display rules, shared by the chart, the list, the form, the role profile panel and the
 * coverage card: a stakeholder as a person card (name in the user's order, every fact with its label), stance as an
 * icon and a word (never colour alone), the filters, coverage findings as actions, and the org chart laid out by
 * d3-hierarchy's tidy tree (c/accordTreeLayout). Value lists come from c/accordCore, words from c/accordLabels.
 */
import LANG from "@salesforce/i18n/lang";
import LOCALE from "@salesforce/i18n/locale";
import { DECISION_ROLES, STAKEHOLDER_ROLES, circleText, personName } from "c/accordCore";
import { LABELS, formatLabel } from "c/accordLabels";
import { stratify, tree } from "c/accordTreeLayout";

export const STANCES = [2, 1, 0, -1, -2];
/** Chart geometry (px): one person card, and the gaps between cards and between levels. */
export const NODE_WIDTH = 232;
export const NODE_HEIGHT = 200;
const GAP_X = 24;
const GAP_Y = 48;
const ROOT_ID = "\u0000root";

/** The loading and load-error texts of the stakeholder cards (map and coverage), as c-accord-card-frame shows them. */
export const STAKEHOLDER_CARD_TEXTS = {
  loadingText: LABELS.StakeholderMap_Loading,
  errorTitle: LABELS.StakeholderMap_ErrorTitle,
  retryLabel: LABELS.StakeholderMap_Retry
};

const stanceKey = (stance) => (stance < 0 ? `M${-stance}` : stance > 0 ? `P${stance}` : "0");

export function stanceWord(stance) {
  return LABELS[`Stance_${stanceKey(stance)}`] || String(stance);
}

export function roleLabel(code) {
  return (code && LABELS[`StakeholderRole_${code}`]) || code || "";
}

export function decisionRoleLabel(value) {
  return value ? LABELS[`DecisionRole_${value.replace(/\s+/g, "")}`] || value : null;
}

export const roleOptions = () => STAKEHOLDER_ROLES.map((code) => ({ label: roleLabel(code), value: code }));
export const decisionRoleOptions = () => DECISION_ROLES.map((v) => ({ label: decisionRoleLabel(v), value: v }));
export const stanceOptions = () => STANCES.map((s) => ({ label: stanceWord(s), value: String(s) }));

/** The name as the user reads names: family name first in Japanese, Korean and Chinese. */
export function displayName(stakeholder) {
  const ordered = personName(
    { firstName: stakeholder.firstName ?? null, lastName: stakeholder.lastName ?? null },
    LANG || "en"
  );
  return ordered || stakeholder.name || "";
}

let dateFormat;
export function formatDate(isoDate) {
  if (!isoDate) return null;
  if (!dateFormat) dateFormat = new Intl.DateTimeFormat(LOCALE || "en-US", { dateStyle: "medium", timeZone: "UTC" });
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Coverage findings about one person, by stakeholder id (codes). */
export function issuesByPerson(coverage) {
  const byPerson = new Map();
  for (const finding of (coverage && coverage.findings) || []) {
    if (!finding.stakeholderId) continue;
    const list = byPerson.get(finding.stakeholderId) || [];
    if (!list.includes(finding.code)) list.push(finding.code);
    byPerson.set(finding.stakeholderId, list);
  }
  return byPerson;
}

/** One stakeholder as the map shows it: every fact labelled (its stance is drawn by c-accord-stance). */
export function personView(stakeholder, issues = []) {
  const owner =
    stakeholder.relationshipOwnerName || (stakeholder.relationshipOwnerId ? "" : LABELS.StakeholderMap_NoOwner);
  const lastEngaged = formatDate(stakeholder.lastEngagedOn) || LABELS.StakeholderMap_NeverEngaged;
  const name = displayName(stakeholder);
  const role = roleLabel(stakeholder.role);
  return {
    id: stakeholder.id,
    reportsToId: stakeholder.reportsToId || null,
    name,
    title: stakeholder.title || null,
    role: stakeholder.role,
    roleLabel: role,
    decisionRoleLabel: decisionRoleLabel(stakeholder.decisionRole),
    influenceText: formatLabel(LABELS.StakeholderMap_Influence, stakeholder.influence),
    strengthText: formatLabel(LABELS.StakeholderMap_Strength, stakeholder.relationshipStrength),
    stance: stakeholder.stance,
    ownerId: stakeholder.relationshipOwnerId || null,
    owner,
    lastEngaged,
    isSignatory: stakeholder.isSignatory === true,
    issues,
    hasIssues: issues.length > 0,
    ariaLabel: [name, stakeholder.title, role].filter(Boolean).join(", "),
    facts: [
      {
        key: "decisionRole",
        label: LABELS.Stakeholder_Field_decisionRole,
        value: decisionRoleLabel(stakeholder.decisionRole) || "—"
      },
      { key: "owner", label: LABELS.Stakeholder_Field_owner, value: owner || "—" },
      { key: "lastEngaged", label: LABELS.Stakeholder_Field_lastEngaged, value: lastEngaged }
    ]
  };
}

export function peopleOf(map) {
  const issues = issuesByPerson(map && map.coverage);
  return ((map && map.stakeholders) || []).map((s) => personView(s, issues.get(s.id) || []));
}

/** Filter values: "" means all; issue "any" means any coverage finding about the person. */
export function applyFilters(people, filters) {
  return people.filter(
    (p) =>
      (!filters.role || p.role === filters.role) &&
      (!filters.stance || String(p.stance) === filters.stance) &&
      (!filters.owner || (filters.owner === "none" ? !p.ownerId : p.ownerId === filters.owner)) &&
      (!filters.issue || (filters.issue === "any" ? p.hasIssues : p.issues.includes(filters.issue)))
  );
}

export const ISSUE_FILTERS = ["KeyPersonWithoutOwner", "WeakKeyRelationship", "NotEngagedWithinCadence"];

/** Each person placed under their manager; people without manager or reports go to the "not placed" lane. */
export function chartLayout(people) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const managerOf = (p) => (p.reportsToId && p.reportsToId !== p.id && byId.has(p.reportsToId) ? p.reportsToId : null);
  const managers = new Set(people.map(managerOf).filter(Boolean));
  // A circle stored by other means (the map refuses one) has no top: its people are not placed rather than lost.
  // Each chain of managers is walked once (memoised), so a deep chart costs one pass.
  const reaches = new Map();
  const reachesTop = (p) => {
    const chain = [];
    let id = p.id;
    let result = true;
    while (id) {
      if (reaches.has(id)) {
        result = reaches.get(id);
        break;
      }
      if (chain.includes(id)) {
        result = false;
        break;
      }
      chain.push(id);
      id = managerOf(byId.get(id));
    }
    for (const link of chain) reaches.set(link, result);
    return result;
  };
  const placed = people.filter((p) => (managerOf(p) || managers.has(p.id)) && reachesTop(p));
  const placedIds = new Set(placed.map((p) => p.id));
  const notPlaced = people.filter((p) => !placedIds.has(p.id));
  if (placed.length === 0) return { nodes: [], links: [], width: 0, height: 0, notPlaced };

  const root = stratify()
    .id((d) => d.id)
    .parentId((d) => (d.id === ROOT_ID ? null : managerOf(d) || ROOT_ID))([{ id: ROOT_ID }, ...placed]);
  tree().nodeSize([NODE_WIDTH + GAP_X, NODE_HEIGHT + GAP_Y])(root);
  const laid = root.descendants().filter((n) => n.id !== ROOT_ID);
  const minX = Math.min(...laid.map((n) => n.x));
  const left = (n) => n.x - minX;
  const top = (n) => (n.depth - 1) * (NODE_HEIGHT + GAP_Y);
  const nodes = laid.map((n) => ({
    person: n.data,
    id: n.id,
    depth: n.depth,
    managerId: n.parent && n.parent.id !== ROOT_ID ? n.parent.id : null,
    reportIds: (n.children || []).map((c) => c.id),
    x: left(n),
    y: top(n),
    style: `left:${left(n)}px;top:${top(n)}px;width:${NODE_WIDTH}px;height:${NODE_HEIGHT}px`
  }));
  const links = laid
    .filter((n) => n.parent && n.parent.id !== ROOT_ID)
    .map((n) => {
      const x1 = left(n.parent) + NODE_WIDTH / 2;
      const y1 = top(n.parent) + NODE_HEIGHT;
      const x2 = left(n) + NODE_WIDTH / 2;
      const y2 = top(n);
      const mid = y1 + GAP_Y / 2;
      return {
        id: `${n.parent.id}-${n.id}`,
        d: `M${x1},${y1}V${mid}H${x2}V${y2}`,
        box: { left: Math.min(x1, x2), right: Math.max(x1, x2), top: y1, bottom: y2 }
      };
    });
  const width = Math.max(...laid.map(left)) + NODE_WIDTH;
  const height = Math.max(...laid.map(top)) + NODE_HEIGHT;
  return { nodes, links, width, height, notPlaced };
}

/** The node to focus from `node` for an arrow key: up to the manager, down to the first report, sideways on its level. */
export function neighbour(nodes, node, key) {
  if (key === "ArrowUp") return node.managerId;
  if (key === "ArrowDown") return node.reportIds[0] || null;
  const level = nodes.filter((n) => n.depth === node.depth);
  const index = level.findIndex((n) => n.id === node.id);
  if (key === "ArrowLeft") return index > 0 ? level[index - 1].id : null;
  if (key === "ArrowRight") return index < level.length - 1 ? level[index + 1].id : null;
  return null;
}

/** A broken stakeholder rule (c/accordCore stakeholderIssues) in words, as the server's refusal says it. */
export function issueMessage(issue) {
  const template = LABELS[`Error_${issue.code}`] || issue.code;
  const field = (name) => LABELS[`Stakeholder_Field_${name}`] || name;
  switch (issue.code) {
    case "STAKEHOLDER_OUT_OF_RANGE":
      return formatLabel(template, field(issue.field), issue.min, issue.max);
    case "STAKEHOLDER_INVALID_VALUE":
      return formatLabel(template, field(issue.field));
    case "DUPLICATE_CONTACT":
      return formatLabel(template, issue.name);
    case "REPORTING_CYCLE":
      return formatLabel(template, circleText(issue.names));
    default:
      return template;
  }
}

/** A coverage finding as the action that fixes it. */
export function findingAction(finding) {
  switch (finding.code) {
    case "MissingRequiredRole":
      return formatLabel(LABELS.Coverage_MissingRequiredRole, roleLabel(finding.role));
    case "KeyPersonRisk":
      return formatLabel(LABELS.Coverage_KeyPersonRisk_Action, finding.ownerName || finding.ownerId, finding.share);
    case "KeyPersonWithoutOwner":
    case "WeakKeyRelationship":
      return formatLabel(LABELS[`Coverage_${finding.code}`], finding.name);
    case "NotEngagedWithinCadence":
      return finding.lastEngagedOn
        ? formatLabel(LABELS.Coverage_NotEngaged, finding.name, formatDate(finding.lastEngagedOn))
        : formatLabel(LABELS.Coverage_NeverEngaged, finding.name);
    default:
      return LABELS[`Coverage_${finding.code}`] || finding.code;
  }
}
