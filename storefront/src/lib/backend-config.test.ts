import { describe, expect, it } from "vitest";
import { DEFAULT_BACKEND_URL, readBackendConfig } from "./backend-config";

describe("readBackendConfig", () => {
  it("defaults to a local backend without a publishable key", () => {
    expect(readBackendConfig({})).toEqual({
      baseUrl: DEFAULT_BACKEND_URL,
      publishableKey: undefined,
    });
    expect(DEFAULT_BACKEND_URL).toBe("http://localhost:9000");
  });

  it("reads MEDUSA_BACKEND_URL and MEDUSA_PUBLISHABLE_KEY", () => {
    expect(
      readBackendConfig({
        MEDUSA_BACKEND_URL: "https://api.jinxiu.example",
        MEDUSA_PUBLISHABLE_KEY: "pk_123",
      }),
    ).toEqual({ baseUrl: "https://api.jinxiu.example", publishableKey: "pk_123" });
  });

  it("treats empty values as unset", () => {
    expect(readBackendConfig({ MEDUSA_BACKEND_URL: " ", MEDUSA_PUBLISHABLE_KEY: "" })).toEqual({
      baseUrl: DEFAULT_BACKEND_URL,
      publishableKey: undefined,
    });
  });

  it("ignores NEXT_PUBLIC_ variables (nothing is configured through the browser bundle)", () => {
    expect(
      readBackendConfig({ NEXT_PUBLIC_MEDUSA_BACKEND_URL: "https://elsewhere.example" }).baseUrl,
    ).toBe(DEFAULT_BACKEND_URL);
  });
});
