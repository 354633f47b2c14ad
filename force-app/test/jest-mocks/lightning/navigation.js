/**
 * Jest mock of lightning/navigation. NavigationMixin records the last navigation request,
 * which tests read with getNavigateCalledWith(); CurrentPageReference is a test wire adapter.
 */
import { createTestWireAdapter } from "@salesforce/wire-service-jest-util";

export const CurrentPageReference = createTestWireAdapter(jest.fn());

let lastNavigation = null;
const Navigate = Symbol("Navigate");
const GenerateUrl = Symbol("GenerateUrl");

export const NavigationMixin = (Base) =>
  class extends Base {
    [Navigate](pageReference, replace) {
      lastNavigation = { pageReference, replace };
    }
    [GenerateUrl](pageReference) {
      lastNavigation = { pageReference };
      return Promise.resolve(`https://example.invalid/${pageReference.type}`);
    }
  };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** The last page reference a component navigated to (null when none). */
export const getNavigateCalledWith = () => lastNavigation;
export const resetNavigation = () => {
  lastNavigation = null;
};
