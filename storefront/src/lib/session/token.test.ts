import { describe, expect, it } from "vitest";
import { cookieMaxAge, isHttpsRequest, readJwtPayload, sessionCookieOptions, tokenActorType } from "./token";

const jwt = (payload: object) =>
  ["eyJhbGciOiJIUzI1NiJ9", Buffer.from(JSON.stringify(payload)).toString("base64url"), "sig"].join(".");

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });

describe("session tokens", () => {
  it("reads the payload of a JWT", () => {
    expect(readJwtPayload(jwt({ actor_type: "artisan", exp: 10 }))).toEqual({ actor_type: "artisan", exp: 10 });
    expect(tokenActorType(jwt({ actor_type: "coordinator" }))).toBe("coordinator");
    expect(readJwtPayload("not-a-token")).toBeNull();
    expect(readJwtPayload("a.%%%.c")).toBeNull();
    expect(tokenActorType("x.y")).toBeNull();
  });

  it("the cookie lives as long as the token", () => {
    expect(cookieMaxAge(jwt({ exp: 1_000_000 }), 999_000 * 1000)).toBe(1000);
    expect(cookieMaxAge(jwt({ exp: 10 }), 20_000)).toBe(0);
    expect(cookieMaxAge(jwt({}), 0)).toBe(86400);
  });

  it("is httpOnly and Secure only over https", () => {
    const token = jwt({ exp: 2000 });
    expect(sessionCookieOptions(token, false, 1_000_000)).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
      maxAge: 1000,
    });
    expect(sessionCookieOptions(token, true, 1_000_000).secure).toBe(true);
  });

  it("knows https from the proxy's header or the page's origin", () => {
    expect(isHttpsRequest(headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttpsRequest(headers({ "x-forwarded-proto": "http", origin: "https://x" }))).toBe(false);
    expect(isHttpsRequest(headers({ origin: "https://jinxiu.example" }))).toBe(true);
    expect(isHttpsRequest(headers({ origin: "http://127.0.0.1:8500" }))).toBe(false);
    expect(isHttpsRequest(headers({}))).toBe(false);
  });
});
