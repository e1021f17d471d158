import { DEFAULT_LIMITS, readLoginThrottleLimits } from "../config"
import { ipKey, loginKey, normalizePhone } from "../keys"

describe("login throttling limits from the environment", () => {
  it("uses 5 failures per login, 30 per address, within 15 minutes by default", () => {
    expect(readLoginThrottleLimits({})).toEqual({ maxFailures: 5, windowSeconds: 900, ipMaxFailures: 30 })
    expect(readLoginThrottleLimits({ LOGIN_THROTTLE_MAX_FAILURES: " " })).toEqual(DEFAULT_LIMITS)
  })

  it("reads each variable", () => {
    expect(
      readLoginThrottleLimits({
        LOGIN_THROTTLE_MAX_FAILURES: "3",
        LOGIN_THROTTLE_WINDOW_SECONDS: "600",
        LOGIN_THROTTLE_IP_MAX_FAILURES: "100",
      })
    ).toEqual({ maxFailures: 3, windowSeconds: 600, ipMaxFailures: 100 })
  })

  it.each(["0", "-1", "2.5", "five", "1e3"])("refuses %s, naming the variable", (value) => {
    expect(() => readLoginThrottleLimits({ LOGIN_THROTTLE_WINDOW_SECONDS: value })).toThrow(
      `LOGIN_THROTTLE_WINDOW_SECONDS must be a whole number of at least 1 (got "${value}")`
    )
  })
})

describe("throttling keys", () => {
  it("keys a phone login by the number's digits, with or without +86", () => {
    for (const phone of ["13800000001", "138 0000 0001", "+86 138-0000-0001", "8613800000001", "１３８０００００００１"]) {
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

  it("keys an address, writing IPv4-mapped IPv6 as IPv4", () => {
    expect(ipKey("::ffff:127.0.0.1")).toBe("ip:127.0.0.1")
    expect(ipKey("2001:db8::1")).toBe("ip:2001:db8::1")
    expect(ipKey(undefined)).toBeNull()
  })
})
