// What the LWC jest tests share: mounting, querying by data-id, typing into base inputs, the accessibility
// check and the reset after each test. Imported by relative path from each component's __tests__ folder.
import { createElement } from "lwc";
import axe from "axe-core";

/** Lets pending promises and the re-render settle. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Five macrotask turns: an Apex promise, the re-render and the children's renders settle. */
export const settle = () => [1, 2, 3, 4, 5].reduce((chain) => chain.then(flush), Promise.resolve());

/** The element with this data-id in the component's shadow root, or null. */
export const byId = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);

/** Sets a base input's value and fires its change event, as the user's typing does. */
export const change = (el, value) => {
  el.value = value;
  el.dispatchEvent(new CustomEvent("change", { detail: { value } }));
};

/** Types a text into a c-accord-text-field as the user does: the native input's value, then its input event. */
export function typeInto(field, value) {
  const input = field.shadowRoot.querySelector('[data-id="input"]');
  input.value = value;
  input.dispatchEvent(new CustomEvent("input", { bubbles: true, composed: true }));
}

/**
 * A c-accord-text-field's native input, with its validity calls watched (jest.fn), and its counter's text: the
 * refusal message goes on that input, the counter sits under it.
 */
export function watchTextField(field) {
  const input = field.shadowRoot.querySelector('[data-id="input"]');
  Object.assign(input, { setCustomValidity: jest.fn(), reportValidity: jest.fn() });
  return { input, counter: () => field.shadowRoot.querySelector('[data-id="count"]').textContent.trim() };
}

/**
 * A mount(props) for one component: created with these defaults, overridden by props, attached to the body.
 * mount.watching(eventName, props) mounts it rendered, with a jest.fn recording the `eventName` events it dispatches.
 */
export function mounter(tag, Component, defaults = {}) {
  const mount = (props = {}) => {
    const element = createElement(tag, { is: Component });
    Object.assign(element, defaults, props);
    document.body.appendChild(element);
    return element;
  };
  mount.watching = async (eventName, props) => {
    const element = mount(props);
    const handler = jest.fn();
    element.addEventListener(eventName, handler);
    await flush();
    return { element, handler };
  };
  return mount;
}

/**
 * The plan workspace: opens a section as a click on its tab does (a section is rendered once opened) and returns
 * the element matching `selector` in the workspace, if any.
 */
export async function openSection(workspace, section, selector) {
  byId(workspace, `tab-link-${section}`).click();
  await settle();
  return selector ? workspace.shadowRoot.querySelector(selector) : null;
}

/** afterEach: removes what the test mounted and clears the mocks' calls. */
export function resetDom() {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
}

/**
 * After the first render of a component whose server calls have not answered (mocked with `unanswered()`): what
 * `loading(element)` finds (its spinner or loading text), once the page has passed axe.
 */
export async function loadingState(element, loading) {
  await Promise.resolve();
  await expectAccessible(element);
  return loading(element);
}

/** A server call that never answers: the component stays loading. */
export const unanswered = () => new Promise(() => {});

/** axe-core on the rendered component; jsdom has no layout, so colour contrast is checked in the browser tests. */
export async function expectAccessible(element) {
  const results = await axe.run(element, { rules: { "color-contrast": { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}
