import { describe, expect, it } from "vitest";
import { districtsOf, findDistrict, hasJobsFilters, jobsHref, openingsApiQuery, parseJobsQuery } from "./jobs-query";

const districts = districtsOf([
  { district_zh: "端州区", district_en: "Duanzhou" },
  { district_zh: "高要区", district_en: "Gaoyao" },
  { district_zh: "端州区 ", district_en: "Duanzhou" },
]);

describe("the openings' filters in the URL", () => {
  it("lists each district with openings once", () => {
    expect(districts).toEqual([
      { zh: "端州区", en: "Duanzhou" },
      { zh: "高要区", en: "Gaoyao" },
    ]);
  });

  it("reads a district in either language and any case, and the two checkboxes", () => {
    expect(parseJobsQuery({ district: "gaoyao", at_home: "1", school_hours: "true" }, districts)).toEqual({
      query: { district: "gaoyao", atHome: true, schoolHours: true },
      problems: [],
    });
    expect(parseJobsQuery({ district: "端州区" }, districts).query).toEqual({ district: "端州区", atHome: false, schoolHours: false });
    expect(findDistrict("DUANZHOU", districts)).toEqual({ zh: "端州区", en: "Duanzhou" });
  });

  it("leaves out and reports what it does not understand, and still lists openings", () => {
    const { query, problems } = parseJobsQuery({ district: "Atlantis", at_home: "maybe", school_hours: ["1", "0"] }, districts);
    expect(query).toEqual({ atHome: false, schoolHours: true });
    expect(problems).toEqual([
      { field: "district", reason: "unknown_district", value: "Atlantis" },
      { field: "at_home", reason: "not_a_choice", value: "maybe" },
    ]);
  });

  it("takes an empty or blank value as no filter", () => {
    expect(parseJobsQuery({ district: "  ", at_home: "" }, districts)).toEqual({ query: { atHome: false, schoolHours: false }, problems: [] });
  });

  it("refuses an absurdly long district without looking for it", () => {
    const { problems } = parseJobsQuery({ district: "端".repeat(5000) }, districts);
    expect(problems[0]).toMatchObject({ field: "district", reason: "unknown_district" });
    expect(problems[0].value.length).toBeLessThanOrEqual(40);
  });

  it("asks the backend only for the filters that are on", () => {
    expect(openingsApiQuery({ atHome: false, schoolHours: false })).toEqual({});
    expect(openingsApiQuery({ district: "Gaoyao", atHome: true, schoolHours: true })).toEqual({ district: "Gaoyao", at_home: "true", school_hours: "true" });
  });

  it("writes shareable links back, with a filter removed", () => {
    const query = { district: "端州区", atHome: true, schoolHours: false };
    expect(jobsHref(query)).toBe(`?district=${encodeURIComponent("端州区")}&at_home=1`);
    expect(jobsHref(query, { district: undefined })).toBe("?at_home=1");
    expect(jobsHref(query, { district: undefined, atHome: false })).toBe("");
    expect(hasJobsFilters({ atHome: false, schoolHours: false })).toBe(false);
    expect(hasJobsFilters(query)).toBe(true);
    // a link read back gives the same filters
    const back = parseJobsQuery(Object.fromEntries(new URLSearchParams(jobsHref(query))), districts);
    expect(back).toEqual({ query, problems: [] });
  });
});
