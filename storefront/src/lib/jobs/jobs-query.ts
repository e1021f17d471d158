import { MAX_NAME_LENGTH } from "@jinxiu/workshop/domain/limits";
import type { StoreOpening } from "./types";

/**
 * The openings list's filters as they live in the URL (`/jobs?district=端州区&at_home=1&school_hours=1`),
 * so a filtered list can be shared as a link and works without JavaScript (a plain GET form).
 * Pure: the page reads them, asks the backend with them, and writes links back.
 */

export type JobsQuery = {
  /** a district's name as the backend knows it (Chinese or English; the backend matches either) */
  district?: string;
  /** only work done at home */
  atHome: boolean;
  /** only workshops whose hours fit the school day */
  schoolHours: boolean;
};

/** A value in the URL that was not understood and was left out. */
export type JobsQueryProblem = {
  field: "district" | "at_home" | "school_hours";
  reason: "unknown_district" | "not_a_choice";
  value: string;
};

export type District = { zh: string; en: string };

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

/** A checkbox's value in the URL: the form sends "1"; "true" is accepted too. */
function parseFlag(raw: string | undefined): boolean | null {
  if (raw === undefined) return false;
  const value = raw.toLowerCase();
  if (value === "1" || value === "true" || value === "on") return true;
  if (value === "0" || value === "false") return false;
  return null;
}

/** The districts that have open openings, once each, in the order first seen. */
export function districtsOf(openings: readonly Pick<StoreOpening, "district_zh" | "district_en">[]): District[] {
  const seen = new Map<string, District>();
  for (const opening of openings) {
    const key = opening.district_zh.trim().toLowerCase();
    if (key && !seen.has(key)) seen.set(key, { zh: opening.district_zh.trim(), en: opening.district_en.trim() });
  }
  return [...seen.values()];
}

/** The district a URL value names (either language, any case), or null. */
export function findDistrict(value: string, districts: readonly District[]): District | null {
  const wanted = value.toLowerCase();
  return districts.find((d) => d.zh.toLowerCase() === wanted || d.en.toLowerCase() === wanted) ?? null;
}

/**
 * Reads the filters. A district must be one that has openings (`districts`); anything not
 * understood is left out and reported, so the page still lists openings and says what it ignored.
 */
export function parseJobsQuery(params: SearchParams, districts: readonly District[]): { query: JobsQuery; problems: JobsQueryProblem[] } {
  const problems: JobsQueryProblem[] = [];
  const query: JobsQuery = { atHome: false, schoolHours: false };

  const district = first(params.district);
  if (district !== undefined) {
    const found = district.length <= MAX_NAME_LENGTH ? findDistrict(district, districts) : null;
    if (found) query.district = district;
    else problems.push({ field: "district", reason: "unknown_district", value: district.slice(0, 40) });
  }

  for (const [field, key] of [["at_home", "atHome"], ["school_hours", "schoolHours"]] as const) {
    const raw = first(params[field]);
    const flag = parseFlag(raw);
    if (flag === null) problems.push({ field, reason: "not_a_choice", value: (raw ?? "").slice(0, 40) });
    else query[key] = flag;
  }
  return { query, problems };
}

/** What GET /store/openings is asked (only the filters that are on). */
export function openingsApiQuery(query: JobsQuery): Record<string, string> {
  const api: Record<string, string> = {};
  if (query.district) api.district = query.district;
  if (query.atHome) api.at_home = "true";
  if (query.schoolHours) api.school_hours = "true";
  return api;
}

/** The search string ("?district=…&at_home=1", or "") for a filter state with `changes` applied. */
export function jobsHref(query: JobsQuery, changes: Partial<JobsQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.district) params.set("district", next.district);
  if (next.atHome) params.set("at_home", "1");
  if (next.schoolHours) params.set("school_hours", "1");
  const search = params.toString();
  return search ? `?${search}` : "";
}

/** Whether any filter is on. */
export function hasJobsFilters(query: JobsQuery): boolean {
  return Boolean(query.district) || query.atHome || query.schoolHours;
}
