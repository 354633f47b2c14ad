import { isFamilyNameFirst, personName } from "../personName";

describe("personName", () => {
  it("puts the given name first in European languages", () => {
    expect(personName({ firstName: "Lena", lastName: "Fischer" }, "de")).toBe("Lena Fischer");
    expect(personName({ firstName: "Lena", lastName: "Fischer" }, "en_US")).toBe("Lena Fischer");
  });

  it("puts the family name first in Korean and Chinese, without a space for names in their script", () => {
    expect(personName({ firstName: "민준", lastName: "김" }, "ko")).toBe("김민준");
    expect(personName({ firstName: "伟", lastName: "王" }, "zh_CN")).toBe("王伟");
    expect(personName({ firstName: "Minjun", lastName: "Kim" }, "ko")).toBe("Kim Minjun");
  });

  it("writes a name in CJK script family name first for every reader", () => {
    expect(personName({ firstName: "민준", lastName: "김" }, "de")).toBe("김민준");
    expect(personName({ firstName: "美咲", lastName: "田中" }, "en_US")).toBe("田中美咲");
  });

  it("keeps one space in Japanese", () => {
    expect(personName({ firstName: "美咲", lastName: "田中" }, "ja")).toBe("田中 美咲");
  });

  it("shows the one part there is", () => {
    expect(personName({ firstName: null, lastName: "Fischer" }, "de")).toBe("Fischer");
    expect(personName({ firstName: " Lena ", lastName: "" }, "ja")).toBe("Lena");
    expect(personName({ firstName: null, lastName: null }, "ko")).toBe("");
  });

  it("knows which languages put the family name first", () => {
    expect(["ja", "ko", "zh_CN", "zh-TW", "de", "en"].map(isFamilyNameFirst)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false
    ]);
  });
});
