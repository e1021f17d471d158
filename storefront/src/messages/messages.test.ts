import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { catalogueParts, catalogues } from "./index";

const zhCN = catalogues["zh-CN"];
const en = catalogues.en;

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

  it("no two area files define the same top-level namespace", () => {
    for (const locale of locales) {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const [area, part] of Object.entries(catalogueParts[locale])) {
        for (const namespace of Object.keys(part)) {
          if (seen.has(namespace)) clashes.push(`${locale}: ${namespace} in ${seen.get(namespace)} and ${area}`);
          seen.set(namespace, area);
        }
      }
      expect(clashes).toEqual([]);
    }
  });

  it.each(locales)("%s has a non-empty text for every key", (locale) => {
    const empty = [...leaves(catalogues[locale])]
      .filter(([, value]) => typeof value !== "string" || value.trim() === "")
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
