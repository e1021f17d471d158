import { describe, expect, it } from "vitest";
import { localizedHref, pathWithoutLocale } from "./localized-href";

describe("localized links", () => {
  it("puts the locale in front of a path, once", () => {
    expect(localizedHref("zh-CN", "/store")).toBe("/zh-CN/store");
    expect(localizedHref("en", "/")).toBe("/en");
    expect(localizedHref("en", "/zh-CN/products/fan")).toBe("/en/products/fan");
    expect(localizedHref("zh-CN", "/en")).toBe("/zh-CN");
    expect(localizedHref("en", "/store?page=2")).toBe("/en/store?page=2");
    expect(localizedHref("en", "/english-tea")).toBe("/en/english-tea");
  });

  it("writes a path with a query, leaving out empty values", () => {
    expect(localizedHref("zh-CN", { pathname: "/desk/history", query: { artisan: "a 1", month: undefined, page: 2 } })).toBe(
      "/zh-CN/desk/history?artisan=a+1&page=2",
    );
    expect(localizedHref("en", { pathname: "/desk/month" })).toBe("/en/desk/month");
  });

  it("leaves other origins and anchors alone", () => {
    expect(localizedHref("en", "https://stripe.com")).toBe("https://stripe.com");
    expect(localizedHref("en", "//cdn.example")).toBe("//cdn.example");
    expect(localizedHref("en", "#main")).toBe("#main");
  });

  it("reads the path of a page without its locale", () => {
    expect(pathWithoutLocale("/zh-CN/desk/history")).toBe("/desk/history");
    expect(pathWithoutLocale("/en")).toBe("/");
    expect(pathWithoutLocale("/english")).toBe("/english");
  });
});
