import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import en from "./en.json";
import zhCN from "./zh-CN.json";

const catalogues: Record<(typeof locales)[number], unknown> = { "zh-CN": zhCN, en };

/** Every leaf key as a dotted path ("HomePage.heroTitle"), mapped to its value. */
function leaves(messages: unknown, prefix = ""): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (messages && typeof messages === "object" && !Array.isArray(messages)) {
    for (const [key, value] of Object.entries(messages)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === "object") {
        for (const [leafPath, leafValue] of leaves(value, path)) result.set(leafPath, leafValue);
      } else {
        result.set(path, value);
      }
    }
  }
  return result;
}

describe("message catalogues", () => {
  it("has a catalogue for every locale", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...locales].sort());
  });

  it("zh-CN and en have exactly the same keys", () => {
    const zhKeys = [...leaves(zhCN).keys()];
    const enKeys = [...leaves(en).keys()];
    const missingInEn = zhKeys.filter((key) => !enKeys.includes(key));
    const missingInZh = enKeys.filter((key) => !zhKeys.includes(key));
    expect({ missingInEn, missingInZh }).toEqual({ missingInEn: [], missingInZh: [] });
  });

  it.each(locales)("%s has a non-empty text for every key", (locale) => {
    const empty = [...leaves(catalogues[locale])]
      .filter(([, value]) => typeof value !== "string" || value.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
