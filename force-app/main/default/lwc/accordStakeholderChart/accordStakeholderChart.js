import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { chartLayout, neighbour } from "c/accordStakeholderView";

const ZOOM_STEP = 0.2;
const MIN_ZOOM = 0.3;
const MAX_ZOOM = 1.6;

/**
 * The org chart of the stakeholder map: each person under their manager (Reports_To__c), laid out by d3-hierarchy's
 * tidy tree; people with neither manager nor reports in a "not placed" lane. Zoom in, out and fit; arrow keys move
 * between people (up: manager, down: first report, left/right: same level); a person's name is a button (Enter,
 * Space or a click selects them), the card around it selects on click too.
 * Events: select (detail: id), edit (detail: id).
 */
export default class AccordStakeholderChart extends LightningElement {
  @api canEdit = false;
  labels = LABELS;
  zoom = 1;
  focusedId = null;
  _people = [];
  _selectedId = null;
  layout = chartLayout([]);

  @api
  get people() {
    return this._people;
  }
  set people(value) {
    this._people = value || [];
    this.layout = chartLayout(this._people);
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

  get nodes() {
    return this.layout.nodes.map((n) => ({
      ...n,
      tabIndex: n.id === this.focusedId ? "0" : "-1",
      cardClass: `node slds-box slds-box_x-small${n.id === this._selectedId ? " node_selected" : ""}`,
      isSelected: n.id === this._selectedId ? "true" : "false"
    }));
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

  handleEdit(event) {
    event.stopPropagation();
    this.dispatchEvent(new CustomEvent("edit", { detail: { id: event.currentTarget.dataset.personId } }));
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
