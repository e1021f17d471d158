/**
 * Stripe's request encoding: `application/x-www-form-urlencoded` with bracketed keys, as the
 * stripe library writes it (qs, arrayFormat "indices"):
 *   amount=8850&metadata[session_id]=payses_1&expand[0]=payment_method&automatic_payment_methods[enabled]=true
 * Values stay strings (Stripe coerces per parameter); arrays come from numeric indices.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue }
export type FormObject = { [key: string]: FormValue }

export class FormError extends Error {}

function keyPath(key: string): string[] {
  const first = key.indexOf("[")
  if (first === -1) {
    return [key]
  }
  const path = [key.slice(0, first)]
  const rest = key.slice(first)
  const parts = rest.match(/\[([^\]]*)\]/g)
  if (!parts || parts.join("") !== rest) {
    throw new FormError(`Invalid parameter name: ${key}`)
  }
  for (const part of parts) {
    path.push(part.slice(1, -1))
  }
  return path
}

function toArrays(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) {
    return value
  }
  const keys = Object.keys(value)
  const converted: FormObject = {}
  for (const key of keys) {
    converted[key] = toArrays(value[key])
  }
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => converted[String(index)])
  }
  return converted
}

export function parseForm(encoded: string): FormObject {
  const root: FormObject = {}
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = keyPath(key)
    let node: FormObject = root
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i]
      const existing = node[segment]
      if (existing === undefined) {
        node[segment] = {}
      } else if (typeof existing === "string" || Array.isArray(existing)) {
        throw new FormError(`Invalid parameter: ${key} mixes a value and nested keys`)
      }
      node = node[segment] as FormObject
    }
    node[path[path.length - 1]] = value
  }
  return toArrays(root) as FormObject
}
