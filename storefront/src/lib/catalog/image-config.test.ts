import { describe, expect, it } from "vitest";
import { allowLocalImages, imageRemotePatterns, isLocalHost } from "./image-config";

describe("imageRemotePatterns", () => {
  it("allows the local backend's /static files under both loopback names", () => {
    expect(imageRemotePatterns({ MEDUSA_BACKEND_URL: "http://localhost:9000" })).toEqual([
      { protocol: "http", hostname: "localhost", port: "9000", pathname: "/static/**" },
      { protocol: "http", hostname: "127.0.0.1", port: "9000", pathname: "/static/**" },
    ]);
  });

  it("defaults to the local backend on port 9000", () => {
    expect(imageRemotePatterns({})[0]).toEqual({ protocol: "http", hostname: "localhost", port: "9000", pathname: "/static/**" });
  });

  it("allows only the configured host for a public backend, plus extra origins", () => {
    expect(
      imageRemotePatterns({
        MEDUSA_BACKEND_URL: "https://api.jinxiu.example",
        STOREFRONT_IMAGE_ORIGINS: "https://cdn.jinxiu.example/uploads/, ",
      }),
    ).toEqual([
      { protocol: "https", hostname: "api.jinxiu.example", port: "", pathname: "/static/**" },
      { protocol: "https", hostname: "cdn.jinxiu.example", port: "", pathname: "/uploads/**" },
    ]);
  });

  it("refuses an extra origin that is not http(s)", () => {
    expect(() => imageRemotePatterns({ STOREFRONT_IMAGE_ORIGINS: "ftp://files.example" })).toThrow(/STOREFRONT_IMAGE_ORIGINS/);
  });
});

describe("isLocalHost / allowLocalImages", () => {
  it("recognises loopback and private addresses", () => {
    for (const host of ["localhost", "127.0.0.1", "10.1.2.3", "192.168.0.5", "172.20.0.2", "api.localhost"]) {
      expect(isLocalHost(host), host).toBe(true);
    }
    for (const host of ["api.jinxiu.example", "8.8.8.8", "172.32.0.1", "192.169.0.1"]) {
      expect(isLocalHost(host), host).toBe(false);
    }
  });

  it("allows local images only when the backend is local", () => {
    expect(allowLocalImages(imageRemotePatterns({ MEDUSA_BACKEND_URL: "http://127.0.0.1:9000" }))).toBe(true);
    expect(allowLocalImages(imageRemotePatterns({ MEDUSA_BACKEND_URL: "https://api.jinxiu.example" }))).toBe(false);
  });
});

describe("the widths a photo is fetched at", () => {
  it("are all widths the optimizer serves, so no srcset entry is refused", async () => {
    const { CARD_WIDTHS, DEVICE_SIZES, GALLERY_MAIN_WIDTHS, GALLERY_THUMB_WIDTHS, IMAGE_SIZES } = await import("./image-config");
    const allowed = new Set<number>([...IMAGE_SIZES, ...DEVICE_SIZES]);
    for (const width of [...CARD_WIDTHS, ...GALLERY_MAIN_WIDTHS, ...GALLERY_THUMB_WIDTHS]) expect(allowed.has(width)).toBe(true);
    expect(Math.max(...DEVICE_SIZES)).toBe(1200);
  });

  it("write the optimizer's own URL at each width", async () => {
    const { srcSetOf } = await import("./image-config");
    const src = "/_next/image?url=http%3A%2F%2Flocalhost%3A9000%2Fstatic%2Ffan.webp&w=1200&q=75";
    expect(srcSetOf(src, [256, 640])).toBe(
      "/_next/image?url=http%3A%2F%2Flocalhost%3A9000%2Fstatic%2Ffan.webp&w=256&q=75 256w, /_next/image?url=http%3A%2F%2Flocalhost%3A9000%2Fstatic%2Ffan.webp&w=640&q=75 640w",
    );
    expect(srcSetOf("http://cdn.example/fan.webp", [256])).toBe("http://cdn.example/fan.webp");
  });
});
