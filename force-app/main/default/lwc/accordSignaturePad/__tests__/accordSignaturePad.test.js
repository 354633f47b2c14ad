import AccordSignaturePad from "c/accordSignaturePad";
import { flush, byId, mounter, expectAccessible } from "test/accordTest";

/** jsdom has no canvas: a recording 2D context stands in for it. */
function fakeContext() {
  return {
    beginPath: jest.fn(),
    arc: jest.fn(),
    fill: jest.fn(),
    moveTo: jest.fn(),
    lineTo: jest.fn(),
    stroke: jest.fn(),
    clearRect: jest.fn()
  };
}

function pointer(type, x, y) {
  const event = new CustomEvent(type, { bubbles: true, cancelable: true });
  Object.assign(event, { clientX: x, clientY: y, pointerId: 1 });
  return event;
}

const mount = mounter("c-accord-signature-pad", AccordSignaturePad);

describe("c-accord-signature-pad", () => {
  let context;
  beforeEach(() => {
    context = fakeContext();
    jest.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(() => context);
    jest.spyOn(HTMLCanvasElement.prototype, "toDataURL").mockImplementation(() => "data:image/png;base64,iVBORw0KGgo=");
    jest
      .spyOn(HTMLCanvasElement.prototype, "getBoundingClientRect")
      .mockImplementation(() => ({ left: 10, top: 20, width: 300, height: 100 }));
  });
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.restoreAllMocks();
  });

  it("is a labelled drawing area with instructions", async () => {
    const element = mount();
    await flush();
    const canvas = byId(element, "signature-canvas");
    expect(canvas.getAttribute("role")).toBe("img");
    expect(canvas.getAttribute("aria-labelledby")).toBeTruthy();
    await expectAccessible(element);
  });

  it("has no signature until something is drawn", async () => {
    const element = mount();
    await flush();
    expect(element.toPngBase64()).toBeNull();
  });

  it("draws with pointer events scaled to the canvas and exports base64 PNG", async () => {
    const element = mount();
    const change = jest.fn();
    element.addEventListener("signaturechange", change);
    await flush();
    const canvas = byId(element, "signature-canvas");
    canvas.dispatchEvent(pointer("pointerdown", 10, 20));
    canvas.dispatchEvent(pointer("pointermove", 160, 70));
    canvas.dispatchEvent(pointer("pointerup", 160, 70));
    canvas.dispatchEvent(pointer("pointermove", 200, 90));
    // 600×200 canvas shown at 300×100: twice the CSS pixels.
    expect(context.moveTo).toHaveBeenCalledWith(0, 0);
    expect(context.lineTo).toHaveBeenCalledWith(300, 100);
    expect(context.lineTo).toHaveBeenCalledTimes(1);
    expect(change.mock.calls[0][0].detail).toEqual({ hasSignature: true });
    expect(element.toPngBase64()).toBe("iVBORw0KGgo=");
  });

  it("clears the drawing", async () => {
    const element = mount();
    const change = jest.fn();
    element.addEventListener("signaturechange", change);
    await flush();
    byId(element, "signature-canvas").dispatchEvent(pointer("pointerdown", 50, 50));
    byId(element, "signature-clear").click();
    expect(context.clearRect).toHaveBeenCalledWith(0, 0, 600, 200);
    expect(change.mock.calls[1][0].detail).toEqual({ hasSignature: false });
    expect(element.toPngBase64()).toBeNull();
  });

  it("reports nothing when the browser cannot export the drawing", async () => {
    HTMLCanvasElement.prototype.toDataURL.mockImplementation(() => "data:,");
    HTMLCanvasElement.prototype.getContext.mockImplementation(() => null);
    const element = mount();
    await flush();
    byId(element, "signature-canvas").dispatchEvent(pointer("pointerdown", 50, 50));
    byId(element, "signature-canvas").dispatchEvent(pointer("pointermove", 60, 60));
    expect(element.toPngBase64()).toBeNull();
  });
});
