/**
 * The rules for a new password, the same for every login kind (a craftswoman's phone login, a
 * coordinator's, a customer's): long enough, not too long, and no spaces at its start or end. A
 * password typed with a space before or after it (or made only of spaces) is refused rather than
 * trimmed: she would not know the space is part of it, and couldn't log in again.
 */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./limits"

export type PasswordProblem = "too_short" | "too_long" | "blank_edges"

export function newPasswordProblem(password: string): PasswordProblem | null {
  if (password.trim() !== password) return "blank_edges"
  if (password.length < MIN_PASSWORD_LENGTH) return "too_short"
  if (password.length > MAX_PASSWORD_LENGTH) return "too_long"
  return null
}

/** The problem in both languages, for an API's error (the screens have their own sentences). */
export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `至少 ${MIN_PASSWORD_LENGTH} 个字符 / at least ${MIN_PASSWORD_LENGTH} characters`,
  too_long: `最多 ${MAX_PASSWORD_LENGTH} 个字符 / at most ${MAX_PASSWORD_LENGTH} characters`,
  blank_edges: "开头和结尾不能是空格 / must not start or end with a space",
}
