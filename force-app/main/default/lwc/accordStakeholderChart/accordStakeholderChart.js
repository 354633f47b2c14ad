import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { NODE_HEIGHT, NODE_WIDTH, chartLayout, neighbour } from "c/accordStakeholderView";

const ZOOM_STEP = 0.2;
const MIN_ZOOM = 0.3;
const MAX_ZOOM = 1.6;
/** The viewport assumed before it is measured (px): a record page's main column, the viewport's maximum height. */
const DEFAULT_VIEW = { width: 960, height: 544 };
/**
 * Margin around the view, in viewports: a quarter for the first render (what is seen, painted sooner), one once the
 * chart is painted (scrolling then finds people already there).
 */
const FIRST_MARGIN = 0.25;
const MARGIN = 1;

/** Before measuring: the default viewport centred on the top of the chart (where the chart opens). */
function defaultView(layout, zoom) {
  const top = layout.nodes[0];
  const width = DEFAULT_VIEW.width / zoom;
  return { left: (top ? top.x + NODE_WIDTH / 2 : 0) - width / 2, top: 0, width, height: DEFAULT_VIEW.height / zoom };
}

/** The view with `margin` viewports around it on each side. */
function regionAround(view, margin = MARGIN) {
  return {
    left: view.left - margin * view.width,
    right: view.left + (1 + margin) * view.width,
    top: view.top - margin * view.height,
    bottom: view.top + (1 + margin) * view.height,
    margin
  };
}

const overlaps = (region, left, right, top, bottom) =>
  right >= region.left && left <= region.right && bottom >= region.top && top <= region.bottom;

/** True when the view is within a quarter of itself of the region's edge, or beyond it. */
function nearEdge(region, view) {
  const slackX = view.width / 4;
  const slackY = view.height / 4;
  return (
    view.left - slackX < region.left ||
    view.left + view.width + slackX > region.right ||
    view.top - slackY < region.top ||
    view.top + view.height + slackY > region.bottom
  );
}

/**
 * The org chart of the stakeholder map: each person under their manager (Reports_To__c), laid out by d3-hierarchy's
 * tidy tree; people with neither manager nor reports in a "not placed" lane. Zoom in, out and fit; arrow keys move
 * between people (up: manager, down: first report, left/right: same level); a person's name is a button (Enter,
 * Space or a click selects them), the card around it selects on click too.
 * Events: select (detail: id); managerchange (detail: { id, reportsToId }) when a person is dragged onto another
 * (canEdit; the form's "Reports to" is the keyboard equivalent). A selected person is edited from the role profile
 * panel, so the chart carries no control per person. A large chart is wide (300 people: some 50,000 px), so only the people in and around the
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
  /**
   * The part of the canvas (unscaled px) whose people and links are rendered: the view with one viewport of margin
   * on each side. It moves only when the view comes near its edge, so scrolling within it renders nothing.
   */
  region = regionAround(defaultView(chartLayout([]), 1), FIRST_MARGIN);
  /** The visible part of the canvas in unscaled px, or null before the viewport is measured. */
  view = null;
  _centred = false;
  /** Measure the viewport after the next render (set when the chart or the zoom changed, not on every render). */
  _measure = true;

  @api
  get people() {
    return this._people;
  }
  set people(value) {
    this._people = value || [];
    this.layout = chartLayout(this._people);
    this._centred = false;
    this._measure = true;
    this.region = this.view ? regionAround(this.view) : regionAround(defaultView(this.layout, this.zoom), FIRST_MARGIN);
    if (!this.layout.nodes.some((n) => n.id === this.focusedId)) {
      this.focusedId = this.layout.nodes.length > 0 ? this.layout.nodes[0].id : null;
    }
  }

  /** People may be dragged onto their manager (the form's "Reports to" is the keyboard way). */
  @api canEdit = false;
  /** The person being dragged, and the card they hover over (highlighted as the drop target). */
  _draggedId = null;
  dropTargetId = null;

  @api
  get selectedId() {
    return this._selectedId;
  }
  set selectedId(value) {
    this._selectedId = value || null;
  }

  get nodes() {
    const region = this.region;
    const keep = (n) =>
      n.id === this.focusedId ||
      n.id === this._selectedId ||
      overlaps(region, n.x, n.x + NODE_WIDTH, n.y, n.y + NODE_HEIGHT);
    return this.layout.nodes.filter(keep).map((n) => ({
      ...n,
      tabIndex: n.id === this.focusedId ? "0" : "-1",
      cardClass: `node slds-box slds-box_x-small${n.id === this._selectedId ? " node_selected" : ""}${
        n.id === this.dropTargetId ? " node_drop-target" : ""
      }`,
      isSelected: n.id === this._selectedId ? "true" : "false"
    }));
  }

  /** The links in the rendered region, like the people. */
  get links() {
    const region = this.region;
    return this.layout.links.filter(({ box }) => overlaps(region, box.left, box.right, box.top, box.bottom));
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

  /**
   * After the chart or the zoom changed: open on the top of the chart, and render around what the viewport shows.
   * Reading the viewport's size lays the page out, so it is done only then (not after every render).
   */
  renderedCallback() {
    if (!this._measure) return;
    const viewport = this.template.querySelector('[data-id="viewport"]');
    if (!viewport || viewport.clientWidth === 0) return;
    this._measure = false;
    if (!this._centred && this.layout.nodes.length > 0) {
      this._centred = true;
      const before = viewport.scrollLeft;
      viewport.scrollLeft = Math.max(
        0,
        (this.layout.nodes[0].x + NODE_WIDTH / 2) * this.zoom - viewport.clientWidth / 2
      );
      // Measured just below: the scroll event this causes (after other components rendered) need not lay out again.
      this._ownScroll = viewport.scrollLeft !== before;
    }
    this.measure(viewport);
  }

  /** Moves the rendered region when the view came within a quarter viewport of its edge (or left it). */
  measure(viewport) {
    const view = {
      left: viewport.scrollLeft / this.zoom,
      top: viewport.scrollTop / this.zoom,
      width: viewport.clientWidth / this.zoom,
      height: viewport.clientHeight / this.zoom
    };
    this.view = view;
    if (nearEdge(this.region, view)) this.region = regionAround(view, this.region.margin);
    if (this.region.margin < MARGIN) this.widenAfterPaint();
  }

  /** After the first paint: the full margin around the view, so that scrolling finds people already rendered. */
  widenAfterPaint() {
    if (this._widening) return;
    this._widening = true;
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- after the browser painted the first render
    requestAnimationFrame(() => {
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      setTimeout(() => {
        this._widening = false;
        if (this.view) this.region = regionAround(this.view);
      }, 0);
    });
  }

  handleScroll(event) {
    if (this._ownScroll) {
      this._ownScroll = false;
      return;
    }
    this.measure(event.currentTarget);
  }

  handleZoomIn() {
    this.setZoom(Math.min(MAX_ZOOM, Math.round((this.zoom + ZOOM_STEP) * 10) / 10));
  }

  handleZoomOut() {
    this.setZoom(Math.max(MIN_ZOOM, Math.round((this.zoom - ZOOM_STEP) * 10) / 10));
  }

  setZoom(zoom) {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    this._measure = true;
  }

  /** Fits the whole chart into the visible width (never larger than life). */
  @api
  fit() {
    const viewport = this.template.querySelector('[data-id="viewport"]');
    const available = viewport ? viewport.clientWidth : 0;
    if (available > 0 && this.layout.width > 0) {
      this.setZoom(Math.max(MIN_ZOOM, Math.min(1, Math.floor((available / this.layout.width) * 100) / 100)));
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

  get draggable() {
    return this.canEdit ? "true" : "false";
  }

  handleDragStart(event) {
    if (!this.canEdit) return;
    this._draggedId = event.currentTarget.dataset.personId;
    // Firefox starts a drag only with data set.
    if (event.dataTransfer) {
      event.dataTransfer.setData("text/plain", this._draggedId);
      event.dataTransfer.effectAllowed = "move";
    }
  }

  /** A card accepts a drop when it is not the dragged person: preventing the default allows the drop. */
  handleDragOver(event) {
    const target = event.currentTarget.dataset.personId;
    if (!this._draggedId || target === this._draggedId) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
    this.dropTargetId = target;
  }

  handleDragLeave(event) {
    if (this.dropTargetId === event.currentTarget.dataset.personId) this.dropTargetId = null;
  }

  /** Dropping a person on another asks for that person as their manager (the map saves and checks for a cycle). */
  handleDrop(event) {
    event.preventDefault();
    const managerId = event.currentTarget.dataset.personId;
    const id = this._draggedId;
    this.handleDragEnd();
    if (!id || id === managerId) return;
    this.dispatchEvent(new CustomEvent("managerchange", { detail: { id, reportsToId: managerId } }));
  }

  handleDragEnd() {
    this._draggedId = null;
    this.dropTargetId = null;
  }

  select(id) {
    this.focusedId = this.layout.nodes.some((n) => n.id === id) ? id : this.focusedId;
    this.dispatchEvent(new CustomEvent("select", { detail: { id } }));
  }
}
