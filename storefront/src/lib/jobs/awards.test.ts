import { describe, expect, it } from "vitest";
import { AWARD_LEVEL_STYLE, awardTexts, showableAwards } from "./awards";
import { openingPlaceName } from "./opening-text";

const award = {
  id: "awd_1",
  contest_zh: "广东省妇女手工创新创业大赛",
  contest_en: "Guangdong Women's Handicraft Contest",
  year: 2023,
  level: "bronze",
  category_zh: "非遗",
  category_en: "",
  subject_type: "product",
  subject_id: "prod_1",
};

describe("award badges", () => {
  it("gives every level its own look and mark, so colour is never the only sign", () => {
    const looks = Object.values(AWARD_LEVEL_STYLE);
    expect(new Set(looks.map((s) => s.className)).size).toBe(4);
    expect(new Set(looks.map((s) => s.mark)).size).toBe(4);
  });

  it("says the contest and category in the page's language, else the other one", () => {
    expect(awardTexts(award as never, "en")).toEqual({ contest: "Guangdong Women's Handicraft Contest", category: "非遗" });
    expect(awardTexts({ ...award, category_zh: null, category_en: null } as never, "zh-CN")).toEqual({ contest: "广东省妇女手工创新创业大赛", category: null });
  });

  it("keeps only badges it can show", () => {
    expect(showableAwards([award, { ...award, id: "awd_2", level: "platinum" }, { ...award, id: "awd_3", year: "2023" }, null])).toEqual([award]);
    expect(showableAwards({ awards: [] })).toEqual([]);
  });
});

describe("an opening's place", () => {
  it("puts the town or village with its district in the page's language", () => {
    const opening = { district_zh: "端州区", district_en: "Duanzhou", town_zh: "睦岗镇", town_en: "Mugang" };
    expect(openingPlaceName("zh-CN", opening)).toBe("端州区睦岗镇");
    expect(openingPlaceName("en", opening)).toBe("Mugang, Duanzhou");
    expect(openingPlaceName("en", { ...opening, town_zh: null, town_en: null })).toBe("Duanzhou");
    expect(openingPlaceName("zh-CN", { ...opening, town_zh: "端州区城东街道" })).toBe("端州区城东街道");
  });
});
