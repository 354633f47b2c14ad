import { createElement, api } from "lwc";
import AccordRecordCard from "c/accordRecordCard";
import { subscribe, unsubscribe } from "lightning/messageService";
import CUSTOMER_MODE from "@salesforce/messageChannel/Accord_Customer_Mode__c";
import { flush, resetDom } from "test/accordTest";

let request;
let received;

/** A card as the Account page's cards subclass it: its server call and what it keeps of the answer. */
class ProbeCard extends AccordRecordCard {
  @api
  get recordId() {
    return this.shownRecordId;
  }
  set recordId(value) {
    this.showRecord(value);
  }

  request(recordId) {
    return request(recordId);
  }
  receive(answer) {
    received.push(answer);
  }
  /** What the card's template reads, for the test. */
  @api
  get state() {
    return { isLoading: this.isLoading, error: this.error, showsCard: this.showsCard };
  }
}

function mount(recordId) {
  const element = createElement("c-probe-card", { is: ProbeCard });
  element.recordId = recordId;
  document.body.appendChild(element);
  return element;
}

/** A promise the test settles when it wants. */
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("c/accordRecordCard", () => {
  beforeEach(() => {
    received = [];
    request = jest.fn((recordId) => Promise.resolve({ recordId }));
  });
  afterEach(resetDom);

  it("loads its record on connect, when the record changes and on retry, handing each answer to receive", async () => {
    const element = mount("001A");
    expect(element.state.isLoading).toBe(true);
    await flush();
    expect(element.state).toEqual({ isLoading: false, error: null, showsCard: true });
    element.recordId = "001B";
    await flush();
    expect(request.mock.calls).toEqual([["001A"], ["001B"]]);
    expect(received).toEqual([{ recordId: "001A" }, { recordId: "001B" }]);
  });

  it("keeps only the newest load's answer when the record changes while one is running", async () => {
    const first = deferred();
    request = jest.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce({ recordId: "001B" });
    const element = mount("001A");
    await flush();
    element.recordId = "001B";
    await flush();
    first.resolve({ recordId: "001A" });
    await flush();
    expect(received).toEqual([{ recordId: "001B" }]);
    expect(element.state.isLoading).toBe(false);
  });

  it("receives null and calls nothing without a record", async () => {
    const element = mount(undefined);
    await flush();
    expect(request).not.toHaveBeenCalled();
    expect(received).toEqual([null]);
    expect(element.state).toEqual({ isLoading: false, error: null, showsCard: true });
  });

  it("keeps the server's reason of a failed load, else its fallback text, and receives null", async () => {
    request = jest
      .fn()
      .mockRejectedValueOnce({ body: { message: JSON.stringify({ message: "No access.", code: "NO_ACCESS" }) } })
      .mockRejectedValueOnce({ body: { message: "" } });
    const element = mount("001A");
    await flush();
    expect(element.state.error).toBe("No access.");
    expect(received).toEqual([null]);
    element.recordId = "001B";
    await flush();
    expect(element.state.error).toBe("Something went wrong. Please try again.");
  });

  it("hides while the screen faces the customer, following customer mode as it changes, and stops listening", async () => {
    window.sessionStorage.setItem("accord.customerMode", "on");
    subscribe.mockReturnValueOnce({ id: "subscription" });
    const element = mount("001A");
    await flush();
    expect(element.state.showsCard).toBe(false);
    const [, , listener] = subscribe.mock.calls.find(([, channel]) => channel === CUSTOMER_MODE);
    listener({ on: false });
    expect(element.state.showsCard).toBe(true);
    listener({ on: true });
    expect(element.state.showsCard).toBe(false);
    document.body.removeChild(element);
    expect(unsubscribe).toHaveBeenCalledWith({ id: "subscription" });
    window.sessionStorage.clear();
  });
});
