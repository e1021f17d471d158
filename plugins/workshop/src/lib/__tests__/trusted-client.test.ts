import {
  CLAIM_MAX_AGE_MS,
  newDeviceCookie,
  signTrustedClient,
  verifyDeviceCookie,
  verifyTrustedClient,
} from "../trusted-client"

const SECRET = "a-secret-only-the-storefront-and-backend-know"
const DEVICE = "dev_0123456789abcdefABCD"

describe("the storefront's signed claim about a visitor", () => {
  it("carries her address and device to the backend", () => {
    const header = signTrustedClient({ address: "203.0.113.9", device: DEVICE }, SECRET, 1_000_000)
    expect(verifyTrustedClient(header, SECRET, 1_000_000)).toEqual({ address: "203.0.113.9", device: DEVICE })
    expect(verifyTrustedClient(signTrustedClient({ address: "::ffff:10.1.2.3", device: null }, SECRET), SECRET)).toEqual({
      address: "10.1.2.3",
      device: null,
    })
  })

  it("is refused when signed with another secret, altered, stale, or malformed", () => {
    const now = 5_000_000
    const header = signTrustedClient({ address: "203.0.113.9", device: DEVICE }, SECRET, now)
    expect(verifyTrustedClient(header, "another-secret", now)).toBeNull()
    expect(verifyTrustedClient(header, undefined, now)).toBeNull()

    // a claim for another address, with the genuine signature of the first
    const [, signature] = header.split(".")
    const forged = Buffer.from(JSON.stringify({ a: "198.51.100.1", d: DEVICE, t: now })).toString("base64url")
    expect(verifyTrustedClient(`${forged}.${signature}`, SECRET, now)).toBeNull()

    expect(verifyTrustedClient(header, SECRET, now + CLAIM_MAX_AGE_MS + 1)).toBeNull()
    expect(verifyTrustedClient(header, SECRET, now - CLAIM_MAX_AGE_MS - 1)).toBeNull()
    for (const junk of [undefined, 42, "", ".", "abc", `${header}.x`, "x".repeat(600), "\u0000.\u0000"]) {
      expect(verifyTrustedClient(junk, SECRET, now)).toBeNull()
    }
  })

  it("drops an address or device that is not of their shape, even when signed", () => {
    const header = signTrustedClient({ address: "evil\r\nheader", device: "short" }, SECRET)
    expect(verifyTrustedClient(header, SECRET)).toEqual({ address: null, device: null })
  })
})

describe("the device cookie", () => {
  it("names a browser with an id only the storefront could have signed", () => {
    const cookie = newDeviceCookie(SECRET)
    const id = verifyDeviceCookie(cookie, SECRET)
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(cookie.startsWith(`${id}.`)).toBe(true)
    expect(newDeviceCookie(SECRET)).not.toBe(cookie)
  })

  it("is refused when forged, altered or signed with another secret", () => {
    const cookie = newDeviceCookie(SECRET)
    const [id, signature] = cookie.split(".")
    expect(verifyDeviceCookie(cookie, "another-secret")).toBeNull()
    expect(verifyDeviceCookie(`${id.slice(1)}x.${signature}`, SECRET)).toBeNull()
    expect(verifyDeviceCookie(`${DEVICE}.${signature}`, SECRET)).toBeNull()
    expect(verifyDeviceCookie(id, SECRET)).toBeNull()
    expect(verifyDeviceCookie(cookie, undefined)).toBeNull()
  })
})
