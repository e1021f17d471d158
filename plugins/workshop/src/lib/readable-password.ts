import { randomInt } from "node:crypto"

/** Digits in a password a coordinator reads out or writes on paper for a woman (8 is the provider's minimum). */
export const READABLE_PASSWORD_DIGITS = 8

/**
 * A new password made of digits only: easy to read out, write down and type on a phone's number
 * pad, for a woman who forgot hers. Random from the operating system's generator; the login locks
 * after a few wrong guesses, so 10^8 possibilities are plenty.
 */
export function readablePassword(digits = READABLE_PASSWORD_DIGITS): string {
  let password = ""
  for (let i = 0; i < digits; i++) password += String(randomInt(0, 10))
  return password
}
