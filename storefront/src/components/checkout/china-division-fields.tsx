"use client";

import { useEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "@/i18n/client";
import type { FieldErrors } from "@/lib/checkout/address";
import type { ChinaDivisionChoices, ChinaProvince } from "@/lib/checkout/china-divisions";
import { SelectField } from "./field";

type Props = {
  /** every province, and the cities and districts of the one in `values` (from the server) */
  choices: ChinaDivisionChoices;
  values: Record<string, string>;
  errors: FieldErrors;
};

/** The provinces asked for on this page, by code: choosing one again doesn't fetch it again. */
const provinceRequests = new Map<string, Promise<ChinaProvince>>();

function loadProvince(code: string): Promise<ChinaProvince> {
  let request = provinceRequests.get(code);
  if (!request) {
    request = fetch(`/api/china-divisions/${encodeURIComponent(code)}`).then((response) => {
      if (!response.ok) throw new Error(`/api/china-divisions/${code} answered ${response.status}`);
      return response.json() as Promise<ChinaProvince>;
    });
    // a failed request may be tried again
    request.catch(() => provinceRequests.delete(code));
    provinceRequests.set(code, request);
  }
  return request;
}

/**
 * Province → city → district of a China address, three choices each drawn from the one above.
 * The page sends the provinces and its chosen province's cities and districts; choosing another
 * province fetches that one's (a few KB, cached). Without JavaScript the form still works: sent
 * with a new province, it comes back listing that province's cities (the server validates).
 *
 * A stored value that isn't in the lists (an address typed before them) stays chosen and marked
 * "not in the list", so she sees it and chooses again; the server refuses it until she does.
 */
export function ChinaDivisionFields({ choices, values, errors }: Props) {
  const t = useTranslations("AddressForm");
  const locale = useLocale();
  const [province, setProvince] = useState(values.province ?? "");
  const [city, setCity] = useState(values.city ?? "");
  const [district, setDistrict] = useState(values.district ?? "");
  const [loaded, setLoaded] = useState<ChinaProvince | null>(choices.selected);
  const [failed, setFailed] = useState(false);
  const latest = useRef(province);

  const codeOf = (name: string) => choices.provinces.find((option) => option.name === name)?.code;
  const code = codeOf(province);
  const tree = loaded && loaded.name === province ? loaded : null;
  const cityNode = tree?.cities.find((candidate) => candidate.name === city);
  // the lists for the chosen values are known (or can't be: an unknown province)
  const settled = Boolean(tree) || !code;

  /** Loads a province's cities; `fresh`: she just chose it, so a single city (a municipality) is chosen for her. */
  const load = (name: string, fresh: boolean) => {
    const provinceCode = codeOf(name);
    if (!provinceCode) return;
    setFailed(false);
    loadProvince(provinceCode).then(
      (found) => {
        if (latest.current !== name) return;
        setLoaded(found);
        if (fresh && found.cities.length === 1) {
          const only = found.cities[0]!;
          setCity(only.name);
          setDistrict(only.districts.length === 1 ? only.districts[0]! : "");
        }
      },
      () => {
        if (latest.current === name) setFailed(true);
      },
    );
  };

  // A province the page didn't send the cities of (an address filled in from a saved one).
  useEffect(() => {
    if (code && !tree) load(province, false);
    // once, on mount: the form remounts these fields whenever its values are replaced
  }, []);

  const chooseProvince = (name: string) => {
    latest.current = name;
    setProvince(name);
    setCity("");
    setDistrict("");
    if (loaded?.name === name) {
      const only = loaded.cities.length === 1 ? loaded.cities[0]! : null;
      if (only) {
        setCity(only.name);
        setDistrict(only.districts.length === 1 ? only.districts[0]! : "");
      }
    } else {
      load(name, true);
    }
  };

  const chooseCity = (name: string) => {
    setCity(name);
    const districts = tree?.cities.find((candidate) => candidate.name === name)?.districts ?? [];
    setDistrict(districts.length === 1 ? districts[0]! : "");
  };

  const stale = (value: string) => ({ value, label: settled ? t("notInList", { name: value }) : value });

  const provinceOptions = choices.provinces.map((option) => ({ value: option.name, label: locale === "en" ? `${option.en} ${option.name}` : option.name }));
  if (province && !code) provinceOptions.unshift({ value: province, label: t("notInList", { name: province }) });

  const cityOptions = (tree?.cities ?? []).map((candidate) => ({ value: candidate.name, label: candidate.name }));
  if (city && !cityNode) cityOptions.unshift(stale(city));

  const districtOptions = (cityNode?.districts ?? []).map((name) => ({ value: name, label: name }));
  if (district && !cityNode?.districts.includes(district)) districtOptions.unshift(stale(district));

  const cityPlaceholder = !province ? t("chooseProvinceFirst") : tree ? t("cityPlaceholder") : failed ? t("listUnavailable") : code ? t("loadingList") : t("chooseProvinceFirst");
  const districtPlaceholder = !city ? t("chooseCityFirst") : t("districtPlaceholder");

  return (
    <>
      <SelectField
        name="province"
        label={t("province")}
        required
        placeholder={t("provincePlaceholder")}
        autoComplete="shipping address-level1"
        value={province}
        onChange={chooseProvince}
        error={errors.province}
        options={provinceOptions}
      />
      <SelectField
        name="city"
        label={t("city")}
        required
        placeholder={cityPlaceholder}
        autoComplete="shipping address-level2"
        value={city}
        onChange={chooseCity}
        error={errors.city}
        options={cityOptions}
      />
      <SelectField
        name="district"
        label={t("district")}
        required
        placeholder={districtPlaceholder}
        autoComplete="shipping address-level3"
        value={district}
        onChange={setDistrict}
        error={errors.district}
        options={districtOptions}
      />
      <noscript className="text-xs text-ink-muted sm:col-span-2">{t("divisionsWithoutScript")}</noscript>
    </>
  );
}
