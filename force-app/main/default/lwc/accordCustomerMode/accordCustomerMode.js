import { publish, subscribe, unsubscribe } from "lightning/messageService";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";

/**
 * Customer mode ("Show to customer"): while the screen faces the customer, components hide everything
 * internal. It lasts for the browser tab's session (sessionStorage), across records and reloads, until
 * switched off; a new tab or window starts with it off. The switch publishes the change on the
 * Accord_Customer_Mode message channel, so components elsewhere on the page (the account summary) follow at once.
 */
const STORAGE_KEY = "accord.customerMode";

function storage() {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings): customer mode then lasts as long as the page.
    return null;
  }
}

/** Whether customer mode is on in this browser tab. */
export function isCustomerMode() {
  const store = storage();
  return Boolean(store) && store.getItem(STORAGE_KEY) === "on";
}

/** Switches customer mode on or off for this tab, and tells the page's other components. */
export function setCustomerMode(messageContext, on) {
  const store = storage();
  if (store) {
    if (on) store.setItem(STORAGE_KEY, "on");
    else store.removeItem(STORAGE_KEY);
  }
  publish(messageContext, CUSTOMER_MODE, { on: Boolean(on) });
}

/** Calls listener(on) whenever customer mode changes; returns the subscription for stopCustomerMode. */
export function onCustomerMode(messageContext, listener) {
  return subscribe(messageContext, CUSTOMER_MODE, (message) => listener(Boolean(message && message.on)));
}

export function stopCustomerMode(subscription) {
  if (subscription) unsubscribe(subscription);
}
