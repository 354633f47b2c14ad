import { LightningElement, api } from "lwc";
import { LABELS } from "c/accordLabels";
import { ScreenFollower } from "c/accordScreenLabels";

const PNG_PREFIX = "data:image/png;base64,";

/**
 * A box to sign in with a finger, pen or mouse (pointer events, so touch screens in a meeting work).
 * The drawing is exported as base64 PNG; the server stores it as a file and hashes it as evidence.
 */
export default class AccordSignaturePad extends ScreenFollower(LightningElement) {
  /** Its labels in the screen's language: the plan's while the customer looks (c/accordScreenLabels). */
  labels = LABELS;
  hasSignature = false;
  _drawing = false;
  _last = null;

  get canvas() {
    return this.template.querySelector("canvas");
  }

  get context() {
    const canvas = this.canvas;
    const context = canvas && canvas.getContext ? canvas.getContext("2d") : null;
    if (context) {
      context.lineWidth = 2.5;
      context.lineCap = "round";
      context.lineJoin = "round";
      context.strokeStyle = "#000";
    }
    return context;
  }

  /** Pointer position in canvas pixels (the canvas is scaled by CSS to the available width). */
  point(event) {
    const canvas = this.canvas;
    const rect = canvas.getBoundingClientRect();
    const scaleX = rect.width ? canvas.width / rect.width : 1;
    const scaleY = rect.height ? canvas.height / rect.height : 1;
    return { x: (event.clientX - rect.left) * scaleX, y: (event.clientY - rect.top) * scaleY };
  }

  handlePointerDown(event) {
    event.preventDefault();
    if (event.target.setPointerCapture && event.pointerId !== undefined) {
      try {
        event.target.setPointerCapture(event.pointerId);
      } catch {
        // Synthetic events in tests have no active pointer to capture.
      }
    }
    this._drawing = true;
    this._last = this.point(event);
    const context = this.context;
    if (context) {
      context.beginPath();
      context.arc(this._last.x, this._last.y, 1, 0, 2 * Math.PI);
      context.fill();
    }
    this.markSigned();
  }

  handlePointerMove(event) {
    if (!this._drawing) return;
    event.preventDefault();
    const next = this.point(event);
    const context = this.context;
    if (context) {
      context.beginPath();
      context.moveTo(this._last.x, this._last.y);
      context.lineTo(next.x, next.y);
      context.stroke();
    }
    this._last = next;
  }

  handlePointerUp() {
    this._drawing = false;
    this._last = null;
  }

  markSigned() {
    if (this.hasSignature) return;
    this.hasSignature = true;
    this.dispatchEvent(new CustomEvent("signaturechange", { detail: { hasSignature: true } }));
  }

  @api
  clear() {
    const canvas = this.canvas;
    const context = this.context;
    if (context) context.clearRect(0, 0, canvas.width, canvas.height);
    const had = this.hasSignature;
    this.hasSignature = false;
    if (had) this.dispatchEvent(new CustomEvent("signaturechange", { detail: { hasSignature: false } }));
  }

  handleClear() {
    this.clear();
  }

  /** The drawing as base64 PNG (without the data: prefix), or null when nothing was drawn. */
  @api
  toPngBase64() {
    if (!this.hasSignature) return null;
    const url = this.canvas.toDataURL("image/png");
    return typeof url === "string" && url.startsWith(PNG_PREFIX) ? url.slice(PNG_PREFIX.length) : null;
  }
}
