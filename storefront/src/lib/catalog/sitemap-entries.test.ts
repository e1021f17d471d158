import { describe, expect, it } from "vitest";
import { sitemapEntries } from "./sitemap-entries";

describe("sitemapEntries", () => {
  it("lists each page in every language with hreflang alternates", () => {
    const entries = sitemapEntries(new URL("https://jinxiu.example"), [
      { path: "/products/peony-round-fan", priority: 0.8, changeFrequency: "weekly" },
    ]);
    const languages = {
      "zh-CN": "https://jinxiu.example/zh-CN/products/peony-round-fan",
      en: "https://jinxiu.example/en/products/peony-round-fan",
      "x-default": "https://jinxiu.example/zh-CN/products/peony-round-fan",
    };
    expect(entries).toEqual([
      { url: languages["zh-CN"], priority: 0.8, changeFrequency: "weekly", alternates: { languages } },
      { url: languages.en, priority: 0.8, changeFrequency: "weekly", alternates: { languages } },
    ]);
  });

  it("gives the home page as /zh-CN and /en", () => {
    const urls = sitemapEntries(new URL("http://localhost:8000"), [{ path: "", priority: 1, changeFrequency: "daily" }]).map(
      (entry) => entry.url,
    );
    expect(urls).toEqual(["http://localhost:8000/zh-CN", "http://localhost:8000/en"]);
  });
});
