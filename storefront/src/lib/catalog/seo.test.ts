import { describe, expect, it } from "vitest";
import { localeAlternates, localizedPath, siteUrl, truncateText } from "./seo";

describe("siteUrl", () => {
  it("prefers SITE_URL, then STOREFRONT_URL, then the local default, as an origin", () => {
    expect(siteUrl({ SITE_URL: "https://jinxiu.example/shop", STOREFRONT_URL: "http://127.0.0.1:8000" }).href).toBe(
      "https://jinxiu.example/",
    );
    expect(siteUrl({ STOREFRONT_URL: "http://127.0.0.1:8300" }).href).toBe("http://127.0.0.1:8300/");
    expect(siteUrl({}).href).toBe("http://localhost:8000/");
  });

  it("skips values that are not http(s) URLs", () => {
    expect(siteUrl({ SITE_URL: "jinxiu.example", STOREFRONT_URL: "ftp://x" }).href).toBe("http://localhost:8000/");
  });
});

describe("localeAlternates", () => {
  it("gives the canonical URL and every language version with x-default in Chinese", () => {
    expect(localeAlternates("en", "/products/peony-round-fan")).toEqual({
      canonical: "/en/products/peony-round-fan",
      languages: {
        "zh-CN": "/zh-CN/products/peony-round-fan",
        en: "/en/products/peony-round-fan",
        "x-default": "/zh-CN/products/peony-round-fan",
      },
    });
  });

  it("handles the home page", () => {
    expect(localeAlternates("zh-CN", "").canonical).toBe("/zh-CN");
    expect(localizedPath("en", "/")).toBe("/en");
  });

  it("refuses a path without its leading slash", () => {
    expect(() => localizedPath("en", "store")).toThrow(/starts with/);
  });
});

describe("truncateText", () => {
  it("keeps short texts and cuts long ones at a word", () => {
    expect(truncateText("A  short\ntext", 50)).toBe("A short text");
    expect(truncateText("one two three four five six", 14)).toBe("one two three…");
  });

  it("cuts Chinese text by characters", () => {
    expect(truncateText("一柄真丝团扇，扇面以广府金绣的盘金技法绣出盛放的牡丹", 10)).toBe("一柄真丝团扇，扇面…");
  });
});
