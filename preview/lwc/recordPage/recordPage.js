import { LightningElement, api } from "lwc";
import COMPONENTS from "accord-preview:components";
import { placeComponents } from "./layout.js";

const tagName = (name) => `c-${name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}`;

/**
 * An Account record page: highlights panel, then main column and sidebar on desktop, or one column
 * under the mobile app's header on a phone. Each exposed component gets recordId and objectApiName.
 */
export default class RecordPage extends LightningElement {
  @api account;
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
    return this.account && this.account.id;
  }

  slots(list) {
    if (!this.mounted) return [];
    return list.map((c) => ({ ...c, tag: tagName(c.name), failure: this.failures[c.name] || null }));
  }

  /** ?only=<bundle> places one component (benchmarks measure it alone). */
  get placed() {
    const only = new URLSearchParams(window.location.search).get("only");
    return placeComponents(only ? COMPONENTS.filter((c) => c.name === only) : COMPONENTS);
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

  get hasNoComponents() {
    return COMPONENTS.length === 0;
  }

  get countryText() {
    return this.account && this.account.countryCode ? this.account.countryCode : "";
  }

  get pageClass() {
    return this.isPhone ? "record-page record-page_phone" : "record-page slds-p-around_small";
  }

  /** A component that throws while rendering is reported in its slot (and the console), as Lightning does. */
  errorCallback(error, stack) {
    console.error(`A component failed to render: ${error && error.message}`, stack);
    const name = COMPONENTS.map((c) => c.name).find((n) => stack && stack.includes(tagName(n)));
    this.failures = { ...this.failures, [name || "unknown"]: error && error.message };
  }
}
