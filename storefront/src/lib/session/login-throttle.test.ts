import { describe, expect, it } from "vitest";
import { forwardedForHeaders, throttledMinutes, visitorAddress } from "./login-throttle";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });

describe("login throttling answers", () => {
  it("turns a 429's retry_after_seconds into whole minutes, at least one", () => {
    expect(throttledMinutes({ status: 429, body: { type: "too_many_attempts", retry_after_seconds: 900 } })).toBe(15);
    expect(throttledMinutes({ status: 429, body: { retry_after_seconds: 61 } })).toBe(2);
    expect(throttledMinutes({ status: 429, body: { retry_after_seconds: 5 } })).toBe(1);
  });

  it("falls back on Retry-After, then on 15 minutes", () => {
    expect(throttledMinutes({ status: 429, headers: headers({ "retry-after": "300" }), body: null })).toBe(5);
    expect(throttledMinutes({ status: 429, headers: headers({ "retry-after": "soon" }), body: { message: "x" } })).toBe(15);
  });

  it("is null for every other answer", () => {
    for (const status of [200, 400, 401, 500]) {
      expect(throttledMinutes({ status, headers: headers({ "retry-after": "60" }), body: { retry_after_seconds: 60 } })).toBeNull();
    }
  });
});

describe("the visitor's address", () => {
  it("takes the last X-Forwarded-For entry (the one the nearest proxy or Next itself wrote)", () => {
    expect(visitorAddress(headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    expect(visitorAddress(headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.9 " }))).toBe("203.0.113.9");
    expect(visitorAddress(headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(visitorAddress(headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
  });

  it("forwards nothing that is not an address", () => {
    expect(visitorAddress(headers({}))).toBeUndefined();
    expect(visitorAddress(headers({ "x-forwarded-for": "evil\r\nheader" }))).toBeUndefined();
    expect(forwardedForHeaders(headers({}))).toEqual({});
    expect(forwardedForHeaders(headers({ "x-forwarded-for": "203.0.113.9" }))).toEqual({ "x-forwarded-for": "203.0.113.9" });
  });
});
