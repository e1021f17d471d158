import { describe, expect, it } from "vitest";
import { clientAddress, decodablePath, readProxyHops } from "./client-address.mjs";

describe("the visitor's address, decided by the storefront's server", () => {
  it("is the connection's own address when no proxy stands in front, whatever the visitor wrote", () => {
    expect(clientAddress("198.51.100.66", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("is the entry the outermost trusted proxy wrote, never one the visitor put before it", () => {
    // visitor sent "198.51.100.66"; the proxy appended the address it saw; Next sees the proxy
    expect(clientAddress("198.51.100.66, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddress(["198.51.100.66", "203.0.113.7, 10.0.0.9"], "10.0.0.2", 2)).toBe("203.0.113.7");
    // fewer entries than proxies claimed: the furthest one there is
    expect(clientAddress(undefined, "10.0.0.2", 3)).toBe("10.0.0.2");
    expect(clientAddress(undefined, undefined, 0)).toBeNull();
  });

  it("reads STOREFRONT_PROXY_HOPS, refusing anything but a whole number", () => {
    expect(readProxyHops({})).toBe(0);
    expect(readProxyHops({ STOREFRONT_PROXY_HOPS: "2" })).toBe(2);
    expect(() => readProxyHops({ STOREFRONT_PROXY_HOPS: "-1" })).toThrow(/STOREFRONT_PROXY_HOPS/);
  });
});

describe("an address the storefront's server can decode", () => {
  it("is any path of valid percent-escaped UTF-8, and not one of broken bytes", () => {
    expect(decodablePath("/zh-CN/products/%E9%87%91%E7%BB%A3?x=%ED")).toBe(true);
    expect(decodablePath("/zh-CN/products/%00")).toBe(true);
    expect(decodablePath("/zh-CN/products/%ED%A0%80")).toBe(false);
    expect(decodablePath("/zh-CN/products/%E0%A4%A")).toBe(false);
  });
});
