/**
 * Text the programme's staff write once for both languages, as "中文 / English" (a bonus's or a
 * deduction's reason: "省赛获奖：铜奖 / Contest prize: bronze"). A page shows the half in its
 * reader's language. Text that isn't so written (one language, or a slash that is part of the
 * text) is shown as it is.
 */
const HAN = /\p{Script=Han}/u

export function inLanguage(text: string, locale: string): string {
  const at = text.indexOf(" / ")
  if (at < 0 || text.indexOf(" / ", at + 3) >= 0) return text
  const zh = text.slice(0, at).trim()
  const en = text.slice(at + 3).trim()
  if (!zh || !en || !HAN.test(zh) || HAN.test(en)) return text
  return locale.toLowerCase().startsWith("en") ? en : zh
}
