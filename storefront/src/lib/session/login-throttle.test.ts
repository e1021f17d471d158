import { describe, expect, it } from "vitest";
import { verifyTrustedClient } from "@jinxiu/workshop/trusted-client";
import { throttledMinutes, trustedClientHeaders, visitorAddress } from "./login-throttle";

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
  });
});

describe("what the storefront vouches for to the backend", () => {
  const SECRET = "shared-by-storefront-and-backend";

  it("signs the visitor's address and her browser's device id, for the backend to verify", () => {
    const sent = trustedClientHeaders(headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" }), "dev_0123456789abcdef", SECRET);
    expect(Object.keys(sent)).toEqual(["x-jinxiu-client"]);
    expect(verifyTrustedClient(sent["x-jinxiu-client"], SECRET)).toEqual({ address: "203.0.113.9", device: "dev_0123456789abcdef" });
    // another secret (anyone but the storefront) can't make the backend believe it
    expect(verifyTrustedClient(sent["x-jinxiu-client"], "another-secret")).toBeNull();
  });

  it("vouches for nothing without a secret, and never forwards a raw X-Forwarded-For", () => {
    expect(trustedClientHeaders(headers({ "x-forwarded-for": "203.0.113.9" }), null, undefined)).toEqual({});
    const sent = trustedClientHeaders(headers({ "x-forwarded-for": "evil\r\nheader" }), null, SECRET);
    expect(sent["x-forwarded-for"]).toBeUndefined();
    expect(verifyTrustedClient(sent["x-jinxiu-client"], SECRET)).toEqual({ address: null, device: null });
  });
});
