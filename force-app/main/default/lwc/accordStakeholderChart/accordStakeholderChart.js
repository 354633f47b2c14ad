import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { NODE_HEIGHT, NODE_WIDTH, chartLayout, neighbour } from "c/accordStakeholderView";

const ZOOM_STEP = 0.2;
const MIN_ZOOM = 0.3;
const MAX_ZOOM = 1.6;
/** The viewport assumed before it is measured (px). */
const DEFAULT_VIEW = { width: 1280, height: 600 };

/**
 * The org chart of the stakeholder map: each person under their manager (Reports_To__c), laid out by d3-hierarchy's
 * tidy tree; people with neither manager nor reports in a "not placed" lane. Zoom in, out and fit; arrow keys move
 * between people (up: manager, down: first report, left/right: same level); a person's name is a button (Enter,
 * Space or a click selects them), the card around it selects on click too.
 * Event: select (detail: id); a selected person is edited from the role profile panel, so the chart carries no
 * control per person. A large chart is wide (300 people: some 50,000 px), so only the people in and around the
 * visible part are rendered (one viewport of margin on each side, the focused and selected person always); the
 * view opens on the top of the chart.
 */
export default class AccordStakeholderChart extends LightningElement {
  labels = LABELS;
  zoom = 1;
  focusedId = null;
  _people = [];
  _selectedId = null;
  layout = chartLayout([]);
  /** The visible part of the canvas in unscaled px, or null before the viewport is measured. */
  view = null;
  _centred = false;

  @api
  get people() {
    return this._people;
  }
  set people(value) {
    this._people = value || [];
    this.layout = chartLayout(this._people);
    this._centred = false;
    if (!this.layout.nodes.some((n) => n.id === this.focusedId)) {
      this.focusedId = this.layout.nodes.length > 0 ? this.layout.nodes[0].id : null;
    }
  }

  @api
  get selectedId() {
    return this._selectedId;
  }
  set selectedId(value) {
    this._selectedId = value || null;
  }

  /** The view: measured, else the default viewport centred on the top of the chart. */
  currentView() {
    if (this.view) return this.view;
    const top = this.layout.nodes[0];
    const width = DEFAULT_VIEW.width / this.zoom;
    return {
      left: (top ? top.x + NODE_WIDTH / 2 : 0) - width / 2,
      top: 0,
      width,
      height: DEFAULT_VIEW.height / this.zoom
    };
  }

  isNear(node, view) {
    return (
      node.x + NODE_WIDTH >= view.left - view.width &&
      node.x <= view.left + 2 * view.width &&
      node.y + NODE_HEIGHT >= view.top - view.height &&
      node.y <= view.top + 2 * view.height
    );
  }

  get nodes() {
    const view = this.currentView();
    const keep = (n) => n.id === this.focusedId || n.id === this._selectedId || this.isNear(n, view);
    return this.layout.nodes.filter(keep).map((n) => ({
      ...n,
      tabIndex: n.id === this.focusedId ? "0" : "-1",
      cardClass: `node slds-box slds-box_x-small${n.id === this._selectedId ? " node_selected" : ""}`,
      isSelected: n.id === this._selectedId ? "true" : "false"
    }));
  }

  /** The links around the visible part, like the people. */
  get links() {
    const view = this.currentView();
    return this.layout.links.filter(
      ({ box }) =>
        box.right >= view.left - view.width &&
        box.left <= view.left + 2 * view.width &&
        box.bottom >= view.top - view.height &&
        box.top <= view.top + 2 * view.height
    );
  }

  get notPlaced() {
    return this.layout.notPlaced.map((p) => ({
      ...p,
      cardClass: `lane-card slds-box slds-box_x-small${p.id === this._selectedId ? " node_selected" : ""}`,
      isSelected: p.id === this._selectedId ? "true" : "false"
    }));
  }

  get hasTree() {
    return this.layout.nodes.length > 0;
  }

  get hasNotPlaced() {
    return this.layout.notPlaced.length > 0;
  }

  get canvasStyle() {
    return `width:${this.layout.width}px;height:${this.layout.height}px;transform:scale(${this.zoom})`;
  }

  get sizerStyle() {
    return `width:${Math.ceil(this.layout.width * this.zoom)}px;height:${Math.ceil(this.layout.height * this.zoom)}px`;
  }

  get svgViewBox() {
    return `0 0 ${this.layout.width} ${this.layout.height}`;
  }

  get zoomPercent() {
    return `${Math.round(this.zoom * 100)}%`;
  }

  renderedCallback() {
    const viewport = this.template.querySelector('[data-id="viewport"]');
    if (!viewport || viewport.clientWidth === 0) return;
    if (!this._centred && this.layout.nodes.length > 0) {
      this._centred = true;
      viewport.scrollLeft = Math.max(
        0,
        (this.layout.nodes[0].x + NODE_WIDTH / 2) * this.zoom - viewport.clientWidth / 2
      );
    }
    this.measure(viewport);
  }

  /** Re-renders around what the viewport shows when it moved by a quarter of itself, or the zoom changed. */
  measure(viewport) {
    const next = {
      left: viewport.scrollLeft / this.zoom,
      top: viewport.scrollTop / this.zoom,
      width: viewport.clientWidth / this.zoom,
      height: viewport.clientHeight / this.zoom
    };
    const view = this.view;
    const moved =
      !view ||
      Math.abs(view.width - next.width) > 1 ||
      Math.abs(view.left - next.left) > next.width / 4 ||
      Math.abs(view.top - next.top) > next.height / 4;
    if (moved) this.view = next;
  }

  handleScroll(event) {
    this.measure(event.currentTarget);
  }

  handleZoomIn() {
    this.zoom = Math.min(MAX_ZOOM, Math.round((this.zoom + ZOOM_STEP) * 10) / 10);
  }

  handleZoomOut() {
    this.zoom = Math.max(MIN_ZOOM, Math.round((this.zoom - ZOOM_STEP) * 10) / 10);
  }

  /** Fits the whole chart into the visible width (never larger than life). */
  @api
  fit() {
    const viewport = this.template.querySelector('[data-id="viewport"]');
    const available = viewport ? viewport.clientWidth : 0;
    if (available > 0 && this.layout.width > 0) {
      this.zoom = Math.max(MIN_ZOOM, Math.min(1, Math.floor((available / this.layout.width) * 100) / 100));
    }
  }

  handleFit() {
    this.fit();
  }

  handleSelect(event) {
    this.select(event.currentTarget.dataset.personId);
  }

  handleKeydown(event) {
    const node = this.layout.nodes.find((n) => n.id === event.currentTarget.dataset.personId);
    if (!node) return;
    const next = neighbour(this.layout.nodes, node, event.key);
    if (next) {
      event.preventDefault();
      this.focusedId = next;
      // Focus after the re-render moved the tab stop.
      Promise.resolve().then(() => {
        const target = this.template.querySelector(`[data-person-id="${next}"][data-node]`);
        if (target) target.focus();
      });
    }
  }

  select(id) {
    this.focusedId = this.layout.nodes.some((n) => n.id === id) ? id : this.focusedId;
    this.dispatchEvent(new CustomEvent("select", { detail: { id } }));
  }
}
