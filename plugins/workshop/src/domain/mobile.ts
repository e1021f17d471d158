/**
 * Mainland China mobile numbers, one rule for every place one is typed (her login, the admin's
 * artisan form, the shop's checkout, a job application): 11 digits starting with 1[3-9], behind
 * +86, 0086 or 86 or not, with spaces, dashes, dots or brackets anywhere; full-width digits and
 * ideographic spaces from a Chinese input method are read as the digits they are (NFKC).
 * Logins store and compare it as E.164 (`+8613800000001`); addresses as its 11 digits.
 */
export const INVALID_MOBILE_NUMBER = "手机号格式不正确 / Invalid mobile number"

/** The number's 11 digits (`13800000001`), or null when it is not a mainland mobile number. */
export function mainlandMobileDigits(input: unknown): string | null {
  if (typeof input !== "string") return null
  let digits = input.normalize("NFKC").replace(/[\s\-().]/g, "")
  if (digits.startsWith("+86")) digits = digits.slice(3)
  else if (digits.startsWith("0086")) digits = digits.slice(4)
  else if (digits.length === 13 && digits.startsWith("86")) digits = digits.slice(2)
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}

/** The number in E.164 (`+8613800000001`), as logins keep it; or null. */
export function mainlandMobileE164(input: unknown): string | null {
  const digits = mainlandMobileDigits(input)
  return digits ? `+86${digits}` : null
}

export function isMainlandMobile(input: unknown): boolean {
  return mainlandMobileDigits(input) !== null
}

/** A stored number (`+8613800000001`) as people dial it (`13800000001`); null for anything else. */
export function mainlandNationalNumber(stored: string): string | null {
  return stored.startsWith("+86") && mainlandMobileE164(stored) === stored ? stored.slice(3) : null
}
