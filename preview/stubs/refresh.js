// lightning/refresh in the preview: a refresh request re-renders nothing by itself; components that
// register a handler are called, as in Lightning Experience.
const handlers = new Set();
export class RefreshEvent extends CustomEvent {
  constructor() {
    super("lightning__refreshevent", { bubbles: true, composed: true });
  }
}
export function registerRefreshHandler(element, handler) {
  handlers.add(handler);
  return handler;
}
export function unregisterRefreshHandler(handler) {
  handlers.delete(handler);
}
export function registerRefreshContainer() {}
export function unregisterRefreshContainer() {}
