import { describe, expect, it } from "vitest";
import { pick, pickText } from "./bilingual";

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
