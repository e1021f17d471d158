import { describe, expect, it } from "vitest";
import { applyOutcome, fieldErrorsFromMessage, isStatusToken, statusPagePath, validateApplication } from "./apply-form";

const good = { name: " 陈秀兰 ", phone: "139 0013 8000", town: "睦岗镇", availability: "周一至周五上午", childcare_needs: "", consent: "yes" };
const token = "A".repeat(43);

describe("the apply form's checks", () => {
  it("sends her answers trimmed, her mobile as 11 digits, no childcare needs as null, and the page's language", () => {
    expect(validateApplication(good, "en")).toEqual({
      ok: true,
      body: { name: "陈秀兰", phone: "13900138000", town: "睦岗镇", availability: "周一至周五上午", childcare_needs: null, consent: true, locale: "en" },
    });
  });

  it("accepts a mobile typed with +86, dashes or full-width digits", () => {
    for (const phone of ["+86 139-0013-8000", "８６１３９００１３８０００", "0086 13900138000"]) {
      const result = validateApplication({ ...good, phone }, "zh-CN");
      expect(result.ok && result.body.phone, phone).toBe("13900138000");
    }
  });

  it("names each field that is wrong, with its reason, and sends nothing", () => {
    expect(validateApplication({ consent: null }, "zh-CN")).toEqual({
      ok: false,
      errors: { name: "required", phone: "required", town: "required", availability: "required", consent: "consent_required" },
    });
    expect(validateApplication({ ...good, phone: "12345", town: "镇".repeat(501), childcare_needs: "孩".repeat(501), name: "名".repeat(101) }, "zh-CN")).toEqual({
      ok: false,
      errors: { phone: "invalid_mobile", town: "too_long", childcare_needs: "too_long", name: "too_long" },
    });
  });

  it("needs the consent box ticked", () => {
    for (const consent of [undefined, "", "no", false]) {
      expect(validateApplication({ ...good, consent }, "zh-CN")).toEqual({ ok: false, errors: { consent: "consent_required" } });
    }
  });
});

describe("the backend's answers, for the form", () => {
  it("reads the fields a 400 names, whatever the wording", () => {
    expect(fieldErrorsFromMessage("Invalid request: phone: 手机号格式不正确 / Invalid mobile number")).toEqual({ phone: "invalid_mobile" });
    expect(fieldErrorsFromMessage("Invalid request: town: 最多 500 个字 / at most 500 characters; name: 不能为空 / must not be empty")).toEqual({
      town: "too_long",
      name: "required",
    });
    expect(fieldErrorsFromMessage("Invalid request: Field 'availability' is required")).toEqual({ availability: "required" });
    expect(fieldErrorsFromMessage("Invalid request: consent: 须同意我们联系您 / must be true")).toEqual({ consent: "consent_required" });
    expect(fieldErrorsFromMessage("Invalid request: childcare_needs: something odd")).toEqual({ childcare_needs: "invalid" });
    expect(fieldErrorsFromMessage("Invalid request: Unrecognized fields: 'status'")).toEqual({});
    expect(fieldErrorsFromMessage(undefined)).toEqual({});
  });

  it("tells a new application from an update of her earlier one", () => {
    expect(applyOutcome({ status: 201, body: { application: {}, status_token: token } })).toEqual({ kind: "applied", token, updated: false });
    expect(applyOutcome({ status: 200, body: { application: {}, status_token: token } })).toEqual({ kind: "applied", token, updated: true });
    expect(applyOutcome({ status: 201, body: { status_token: "../../admin" } })).toEqual({ kind: "failed" });
  });

  it("says how many minutes to wait when she applied too often", () => {
    const headers = new Headers({ "retry-after": "3600" });
    expect(applyOutcome({ status: 429, body: { retry_after_seconds: 90 }, headers })).toEqual({ kind: "throttled", minutes: 2 });
    expect(applyOutcome({ status: 429, body: {}, headers })).toEqual({ kind: "throttled", minutes: 60 });
  });

  it("maps a closed opening, a refusal naming her fields, and anything else", () => {
    expect(applyOutcome({ status: 404, body: { message: "Opening x was not found or is closed" } })).toEqual({ kind: "closed" });
    expect(applyOutcome({ status: 400, body: { message: "Invalid request: phone: 手机号格式不正确" } })).toEqual({ kind: "invalid", errors: { phone: "invalid_mobile" } });
    expect(applyOutcome({ status: 400, body: { message: "Invalid request: locale: x" } })).toEqual({ kind: "failed" });
    expect(applyOutcome({ status: 500, body: null })).toEqual({ kind: "failed" });
  });

  it("links her status page without a market in the path", () => {
    expect(statusPagePath(token)).toBe(`/jobs/application/${token}`);
  });

  it("knows a status token by its shape", () => {
    expect(isStatusToken(token)).toBe(true);
    expect(isStatusToken("short")).toBe(false);
    expect(isStatusToken("A".repeat(65))).toBe(false);
    expect(isStatusToken("AAAAAAAAAAAAAAAA/..")).toBe(false);
  });
});
