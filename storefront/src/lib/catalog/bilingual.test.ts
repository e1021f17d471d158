import { describe, expect, it } from "vitest";
import { pick, pickText, placeName } from "./bilingual";

describe("pickText", () => {
  it("takes the page's language", () => {
    expect(pickText("zh-CN", "鼎湖", "Dinghu")).toEqual({ text: "鼎湖", lang: "zh-CN" });
    expect(pickText("en", "鼎湖", "Dinghu")).toEqual({ text: "Dinghu", lang: "en" });
  });

  it("falls back to the other language, and says so", () => {
    expect(pickText("en", "她的故事", "  ")).toEqual({ text: "她的故事", lang: "zh-CN" });
    expect(pickText("zh-CN", null, "Her story")).toEqual({ text: "Her story", lang: "en" });
  });

  it("is null when there is no text at all", () => {
    expect(pickText("en", null, undefined)).toBeNull();
    expect(pick("en", "", "")).toBe("");
  });
});

describe("placeName", () => {
  const dinghu = { city_zh: "肇庆", city_en: "Zhaoqing", district_zh: "鼎湖区", district_en: "Dinghu District" };
  const sihui = { city_zh: "四会", city_en: "Sihui", district_zh: "四会市", district_en: "Sihui City" };

  it("writes city and district in the page's language", () => {
    expect(placeName("zh-CN", dinghu)).toBe("肇庆鼎湖区");
    expect(placeName("en", dinghu)).toBe("Dinghu District, Zhaoqing");
  });

  it("does not repeat a city the district already names", () => {
    expect(placeName("zh-CN", sihui)).toBe("四会市");
    expect(placeName("en", sihui)).toBe("Sihui City");
  });

  it("copes with a missing part", () => {
    expect(placeName("en", { city_en: "Zhaoqing" })).toBe("Zhaoqing");
  });
});
