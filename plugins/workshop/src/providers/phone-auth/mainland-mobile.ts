/**
 * Mainland China mobile numbers, as artisans type them on a phone: 11 digits starting with 1[3-9],
 * optionally behind +86 / 86, with spaces or dashes anywhere (full-width digits and spaces from a
 * Chinese input method are accepted too). Stored and compared as E.164: +8613800000001.
 */
export const INVALID_MOBILE_NUMBER = "手机号格式不正确 / Invalid mobile number"

const MAINLAND_MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/

/** The number in E.164 (`+86…`), or null when it is not a mainland mobile number. */
export function normalizeMainlandMobile(input: unknown): string | null {
  if (typeof input !== "string") {
    return null
  }
  const compact = input.normalize("NFKC").replace(/[\s\-]/g, "")
  const match = MAINLAND_MOBILE.exec(compact)
  return match ? `+86${match[1]}` : null
}

export function isMainlandMobile(input: unknown): boolean {
  return normalizeMainlandMobile(input) !== null
}

/** A stored number (`+8613800000001`) as people dial it (`13800000001`); null for anything else. */
export function mainlandNationalNumber(stored: string): string | null {
  return stored.startsWith("+86") && normalizeMainlandMobile(stored) === stored ? stored.slice(3) : null
}
