import AccordStance from "c/accordStance";
import { flush, mounter, resetDom, expectAccessible } from "test/accordTest";

const mount = mounter("c-accord-stance", AccordStance, { stance: 0 });
const paragraph = (element) => element.querySelector("p");

describe("c-accord-stance", () => {
  afterEach(resetDom);

  it.each([
    [2, "stance_positive", "Champions us", "M8 13V3"],
    [1, "stance_positive", "Supportive", "M8 13V3"],
    [0, "stance_neutral", "Neutral", "M3 8h10"],
    [-1, "stance_negative", "Sceptical", "M8 3v10"],
    [-2, "stance_negative", "Opposes", "M8 3v10"]
  ])("draws stance %i as its colour, its icon and its word", async (stance, colour, word, icon) => {
    const element = mount({ stance });
    await flush();
    expect(paragraph(element).classList).toContain(colour);
    expect(paragraph(element).querySelector("span").textContent).toBe(word);
    expect(paragraph(element).querySelector("path").getAttribute("d")).toMatch(new RegExp(`^${icon}`));
    // The icon is decoration: the word says it.
    expect(paragraph(element).querySelector("svg").getAttribute("aria-hidden")).toBe("true");
    await expectAccessible(element);
  });

  it("follows a new stance", async () => {
    const element = mount({ stance: 2 });
    await flush();
    element.stance = -1;
    await flush();
    expect(paragraph(element).classList).toContain("stance_negative");
    expect(paragraph(element).querySelector("span").textContent).toBe("Sceptical");
  });
});
