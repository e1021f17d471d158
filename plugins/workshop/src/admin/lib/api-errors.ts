import { cleanMessage, fieldOfError } from "./format"
import type { Lang } from "./i18n"

/**
 * Our routes write each refusal once in both languages, "positions: 应为 1 到 1000 的整数 / must
 * be a whole number from 1 to 1000", and join several with "; " (Medusa's validator). The admin
 * shows each part beside the field it names, in the admin's language.
 */

/** The words for Medusa's own (English-only) messages about a field: missing, or of the wrong type. */
export type ApiErrorWords = { required: string; invalid: string }

const HAN = /[\u3400-\u9fff]/

/**
 * "中文 / English" → the half in `lang`; a field's name before both ("year: 中文 / English") is
 * kept; text that is not written in both languages stays as it is.
 */
export function inLanguage(text: string, lang: Lang): string {
  const named = /^([A-Za-z_][\w.\-]*: )(.*)$/s.exec(text)
  if (named) return named[1] + bothHalves(named[2], lang)
  return bothHalves(text, lang)
}

function bothHalves(text: string, lang: Lang): string {
  const at = text.indexOf(" / ")
  if (at < 0) return text
  const zh = text.slice(0, at).trim()
  const en = text.slice(at + 3).trim()
  if (!zh || !en || !HAN.test(zh) || HAN.test(en)) return text
  return lang === "zh-CN" ? zh : en
}

/** One part of a refusal about `field`, without the field's name (the form shows its label), in `lang`. */
function fieldText(part: string, field: string, lang: Lang, words: ApiErrorWords): string {
  if (/^Field '[^']*' is required$/.test(part)) return words.required
  if (/^(Expected type|Expected): .* for field '/.test(part)) return words.invalid
  const prefix = `${field}: `
  return inLanguage(part.startsWith(prefix) ? part.slice(prefix.length) : part, lang)
}

/**
 * A backend refusal split by field: what to show beside each of `fields` (the first part naming
 * it), and the parts that name none of them (for a toast), each in `lang`.
 */
export function readApiError(
  message: string,
  fields: readonly string[],
  lang: Lang,
  words: ApiErrorWords
): { byField: Record<string, string>; rest: string[] } {
  const byField: Record<string, string> = {}
  const rest: string[] = []
  const parts = cleanMessage(message)
    .split("; ")
    .map((part) => part.trim())
    .filter(Boolean)
  for (const part of parts) {
    const field = fieldOfError(part, [...fields])
    if (field) {
      if (!(field in byField)) byField[field] = fieldText(part, field, lang, words)
    } else {
      rest.push(inLanguage(part, lang))
    }
  }
  return { byField, rest }
}
