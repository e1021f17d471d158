import { describe, expect, it } from "vitest";
import { safeAccountPath } from "./account-paths";

describe("safeAccountPath", () => {
  it.each(["/account", "/account/orders/order_01ABC", "/checkout", "/checkout?step=review"])("keeps %s", (path) => {
    expect(safeAccountPath(path)).toBe(path);
  });

  it.each<[string | undefined, string]>([
    ["https://evil.example", "another site"],
    ["//evil.example", "a protocol-relative URL"],
    ["/\\evil.example", "a backslash"],
    ["/account/../../x", "dot segments"],
    ["account", "no leading slash"],
    ["/account/login", "the login page itself"],
    [undefined, "nothing"],
  ])("sends %s (%s) to the account page", (path: string | undefined) => {
    expect(safeAccountPath(path)).toBe("/account");
  });
});
