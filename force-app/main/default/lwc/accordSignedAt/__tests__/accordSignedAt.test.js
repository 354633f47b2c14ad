import AccordSignedAt from "c/accordSignedAt";
import { expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const mount = mounter("c-accord-signed-at", AccordSignedAt);

describe("c-accord-signed-at", () => {
  afterEach(resetDom);

  it("writes the signature's moment with its day, short month, year and minute", async () => {
    const element = mount({ value: "2026-03-02T09:41:00.000Z" });
    await settle();
    const moment = element.shadowRoot.querySelector("lightning-formatted-date-time");
    expect(moment.value).toBe("2026-03-02T09:41:00.000Z");
    expect({
      year: moment.year,
      month: moment.month,
      day: moment.day,
      hour: moment.hour,
      minute: moment.minute
    }).toEqual({ year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
    await expectAccessible(element);
  });
});
