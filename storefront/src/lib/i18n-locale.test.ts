import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { alternateLocale, toApiLocale } from "./i18n-locale";

describe("toApiLocale", () => {
  it("asks the store API for en-US when the page is in English", () => {
    expect(toApiLocale("en")).toBe("en-US");
  });

  it("asks the store API for zh-CN when the page is in Chinese", () => {
    expect(toApiLocale("zh-CN")).toBe("zh-CN");
  });

  it("maps every storefront locale to a region-qualified code (the backend has no fallback)", () => {
    for (const locale of locales) {
      expect(toApiLocale(locale)).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    }
  });
});

describe("alternateLocale", () => {
  it("switches between Chinese and English", () => {
    expect(alternateLocale("zh-CN")).toBe("en");
    expect(alternateLocale("en")).toBe("zh-CN");
  });
});
