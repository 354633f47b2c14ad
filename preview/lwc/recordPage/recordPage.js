import { LightningElement, api } from "lwc";
import COMPONENTS from "accord-preview:components";
import { placeComponents } from "./layout.js";

const tagName = (name) => `c-${name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;

/**
 * A record page (Account or Customer Account Plan): highlights panel, then main column and sidebar on
 * desktop, or one column under the mobile app's header on a phone. Each component exposed on the
 * object's record pages gets recordId and objectApiName.
 */
export default class RecordPage extends LightningElement {
  /** { objectApiName, objectLabel, iconName, id, name, details: [{ label, value }] } from the shell. */
  @api record;
  @api formFactor = "Large";
  failures = {};
  /** With ?mount=manual (benchmarks) components mount when window.__accordPreviewMount() is called. */
  mounted = new URLSearchParams(window.location.search).get("mount") !== "manual";

  connectedCallback() {
    if (!this.mounted) {
      window.__accordPreviewMount = () => {
        this.mounted = true;
      };
    }
  }

  get isPhone() {
    return this.formFactor === "Small";
  }

  get recordId() {
    return this.record && this.record.id;
  }

  get objectApiName() {
    return (this.record && this.record.objectApiName) || "Account";
  }

  /** The bundles exposed on this object's record pages. */
  get components() {
    return COMPONENTS[this.objectApiName] || [];
  }

  slots(list) {
    if (!this.mounted) return [];
    const values = { recordId: this.recordId, objectApiName: this.objectApiName };
    return list.map((c) => ({
      ...c,
      tag: tagName(c.name),
      failure: this.failures[c.name] || null,
      // Only the record-page properties the component declares, as Lightning sets them.
      props: Object.fromEntries((c.properties || []).map((property) => [property, values[property]]))
    }));
  }

  /** ?only=<bundle> places one component (benchmarks measure it alone). */
  get placed() {
    const only = new URLSearchParams(window.location.search).get("only");
    const components = this.components;
    return placeComponents(only ? components.filter((c) => c.name === only) : components);
  }

  get mainSlots() {
    return this.slots(this.placed.main);
  }

  get sidebarSlots() {
    return this.slots(this.placed.sidebar);
  }

  get allSlots() {
    return this.slots([...this.placed.main, ...this.placed.sidebar]);
  }

  get hasMain() {
    return this.placed.main.length > 0;
  }

  /** Whether the object's page has a sidebar (the plan record page has none: the main column takes the width). */
  get hasSidebar() {
    return placeComponents(this.components).sidebar.length > 0;
  }

  get mainColumnClass() {
    return this.hasSidebar ? "slds-col slds-size_1-of-1 slds-large-size_8-of-12" : "slds-col slds-size_1-of-1";
  }

  /**
   * The page's columns as the template draws them (one block): on a phone one column of every component, else
   * the main column, then the sidebar.
   */
  get columns() {
    if (this.isPhone) return [{ key: "all", className: "slds-p-around_x-small", slots: this.allSlots }];
    return [
      this.hasMain && { key: "main", className: this.mainColumnClass, slots: this.mainSlots },
      this.hasSidebar && {
        key: "sidebar",
        className: "slds-col slds-size_1-of-1 slds-large-size_4-of-12",
        slots: this.sidebarSlots
      }
    ].filter(Boolean);
  }

  get columnsClass() {
    return this.isPhone ? "" : "slds-grid slds-wrap slds-gutters_x-small";
  }

  /** A component's section: closer together on a phone, as the mobile app places cards. */
  get slotClass() {
    return this.isPhone ? "slds-m-bottom_x-small" : "slds-m-bottom_small";
  }

  get hasNoComponents() {
    return this.components.length === 0;
  }

  get pageClass() {
    return this.isPhone ? "record-page record-page_phone" : "record-page slds-p-around_small";
  }

  /** A component that throws while rendering is reported in its slot (and the console), as Lightning does. */
  errorCallback(error, stack) {
    console.error(`A component failed to render: ${error && error.message}`, stack);
    const name = this.components.map((c) => c.name).find((n) => stack && stack.includes(tagName(n)));
    this.failures = { ...this.failures, [name || "unknown"]: error && error.message };
  }
}
