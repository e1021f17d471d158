import { addressDelayMs, DEFAULT_LIMITS, readLoginThrottleLimits } from "../config"
import { deviceKey, directAddress, ipKey, loginKey, normalizePhone } from "../keys"

describe("login throttling limits from the environment", () => {
  it("locks a login after 5 failures and slows an address after 30, within 15 minutes, by default", () => {
    expect(readLoginThrottleLimits({})).toEqual({
      maxFailures: 5,
      windowSeconds: 900,
      addressFreeFailures: 30,
      addressDelayStepMs: 250,
      addressMaxDelayMs: 5000,
      proxyHops: 0,
    })
    expect(readLoginThrottleLimits({ LOGIN_THROTTLE_MAX_FAILURES: " " })).toEqual(DEFAULT_LIMITS)
  })

  it("reads each variable", () => {
    expect(
      readLoginThrottleLimits({
        LOGIN_THROTTLE_MAX_FAILURES: "3",
        LOGIN_THROTTLE_WINDOW_SECONDS: "600",
        LOGIN_THROTTLE_ADDRESS_FREE_FAILURES: "0",
        LOGIN_THROTTLE_ADDRESS_DELAY_STEP_MS: "100",
        LOGIN_THROTTLE_ADDRESS_MAX_DELAY_MS: "2000",
        LOGIN_THROTTLE_PROXY_HOPS: "1",
      })
    ).toEqual({ maxFailures: 3, windowSeconds: 600, addressFreeFailures: 0, addressDelayStepMs: 100, addressMaxDelayMs: 2000, proxyHops: 1 })
  })

  it("refuses the retired per-address lock setting instead of ignoring it", () => {
    expect(() => readLoginThrottleLimits({ LOGIN_THROTTLE_IP_MAX_FAILURES: "30" })).toThrow(/LOGIN_THROTTLE_ADDRESS_FREE_FAILURES/)
  })

  it("waits nothing up to the free failures, then a step more per failure, up to the cap", () => {
    const limits = { ...DEFAULT_LIMITS, addressFreeFailures: 30, addressDelayStepMs: 250, addressMaxDelayMs: 5000 }
    expect([0, 29, 30, 31, 32, 40, 50, 51, 500].map((failures) => addressDelayMs(failures, limits))).toEqual([
      0, 0, 0, 250, 500, 2500, 5000, 5000, 5000,
    ])
  })

  it.each(["0", "-1", "2.5", "five", "1e3"])("refuses %s, naming the variable", (value) => {
    expect(() => readLoginThrottleLimits({ LOGIN_THROTTLE_WINDOW_SECONDS: value })).toThrow(
      `LOGIN_THROTTLE_WINDOW_SECONDS must be a whole number of at least 1 (got "${value}")`
    )
  })
})

describe("throttling keys", () => {
  it("keys a phone login by the number's digits, with or without +86", () => {
    // every way the login reads as one number counts as that number (0086, brackets, dots too)
    for (const phone of ["13800000001", "138 0000 0001", "+86 138-0000-0001", "8613800000001", "１３８０００００００１", "0086 138 0000 0001", "(138) 0000.0001"]) {
      expect(loginKey("phone", { phone, password: "x" })).toBe("phone:13800000001")
    }
    expect(normalizePhone("+1 415 555 0100")).toBe("14155550100")
    expect(loginKey("phone", { phone: "abc" })).toBeNull()
    expect(loginKey("phone", { email: "a@b.cn" })).toBeNull()
  })

  it("keys an e-mail login by the lower-cased e-mail and the provider, not the actor type", () => {
    expect(loginKey("emailpass", { email: "  Mei@Jinxiu.Test ", password: "x" })).toBe("emailpass:mei@jinxiu.test")
    expect(loginKey("emailpass", { email: 42 })).toBeNull()
    expect(loginKey("emailpass", null)).toBeNull()
    expect(loginKey("emailpass", ["a@b.cn"])).toBeNull()
  })

  it("keys a browser the storefront vouches for by its device id", () => {
    expect(deviceKey("abcdefghijklmnopqrstuvwx")).toBe("device:abcdefghijklmnopqrstuvwx")
    expect(deviceKey(null)).toBeNull()
  })

  it("believes X-Forwarded-For of a direct caller only as far as the configured proxies", () => {
    // no proxy: the connection's address, whatever the caller wrote
    expect(directAddress("::ffff:127.0.0.1", "203.0.113.7", 0)).toBe("127.0.0.1")
    // one proxy: the entry it appended (the last), not what the caller put before it
    expect(directAddress("10.0.0.2", "198.51.100.66, 203.0.113.7", 1)).toBe("203.0.113.7")
    expect(directAddress("10.0.0.2", ["198.51.100.66", "203.0.113.7"], 2)).toBe("198.51.100.66")
    // fewer entries than proxies: the furthest one there is
    expect(directAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2")
    expect(directAddress(undefined, undefined, 0)).toBeNull()
  })

  it("keys an address, writing IPv4-mapped IPv6 as IPv4", () => {
    expect(ipKey("::ffff:127.0.0.1")).toBe("ip:127.0.0.1")
    expect(ipKey("2001:db8::1")).toBe("ip:2001:db8::1")
    expect(ipKey(undefined)).toBeNull()
  })
})
