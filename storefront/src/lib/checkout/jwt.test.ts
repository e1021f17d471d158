import { describe, expect, it } from "vitest";
import { secondsUntilExpiry } from "./jwt";

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = (claims: object) => `${encode({ alg: "HS256" })}.${encode(claims)}.signature`;

describe("secondsUntilExpiry", () => {
  it("answers the seconds left before exp", () => {
    expect(secondsUntilExpiry(token({ exp: 1_000_086_400 }), 1_000_000_000)).toBe(86_400);
  });

  it("answers 0 for an expired token", () => {
    expect(secondsUntilExpiry(token({ exp: 999 }), 1_000)).toBe(0);
  });

  it("answers null without a readable exp", () => {
    expect(secondsUntilExpiry(token({ sub: "cus_1" }), 1_000)).toBeNull();
    expect(secondsUntilExpiry("not-a-jwt", 1_000)).toBeNull();
    expect(secondsUntilExpiry("a.%%%.c", 1_000)).toBeNull();
  });
});
