import fc from "fast-check"
import { encodeAny } from "./raw-http"

/**
 * The fuzzer's vocabulary (see integration-tests/http/fuzz.test.ts): what a field is (its kind),
 * values of a kind that a route must accept, values it must refuse, and adversarial values of
 * every sort, for bodies, query strings and path parameters. Everything here is pure: a case is
 * generated from a seed, so the same seed gives the same cases.
 */

/** A value that stands for a record made by the test's setup (resolved to its id when sent). */
export class Ref {
  constructor(readonly name: string) {}
}

/** What a field is, as far as the fuzzer needs to know to make a valid or an invalid value. */
export type Kind =
  /** an id; `mustExist`: it names a record (a body's artisan_id), so a well-shaped unknown id is refused too */
  | { t: "id"; ref?: string; mustExist: boolean }
  /** trimmed, non-empty, at most `max` */
  | { t: "text"; max: number }
  /** any text up to `max`, empty allowed (stories) */
  | { t: "story"; max: number }
  | { t: "enum"; values: readonly string[] }
  | { t: "bool" }
  /** "true"/"false" in a query string */
  | { t: "boolString" }
  | { t: "date" }
  | { t: "month" }
  | { t: "datetime" }
  | { t: "int"; min: number; max: number }
  /** CNY in major units, at most 2 decimals; `positive`: more than 0; `strings`: "12.50" accepted too */
  | { t: "yuan"; max: number; positive?: boolean; strings?: boolean }
  | { t: "phone" }
  | { t: "email" }
  | { t: "password"; valid?: string }
  | { t: "handle" }
  /** any number from min to max (not only whole ones) */
  | { t: "number"; min: number; max: number }
  /** text from a known list of good values, with known bad ones (fields, order) */
  | { t: "choice"; valid: readonly string[]; invalid: readonly string[] }
  | { t: "list"; of: Kind; max: number; min?: number; validLength?: number }
  | { t: "object"; fields: Fields }

export type Field = { k: Kind; required?: boolean; nullable?: boolean }
export type Fields = Record<string, Field>

/** A value left out of a body (a required field missing). */
export const MISSING = Symbol("missing")

/** An invalid value and what is wrong with it, for the report. */
export type Poisoned = { value: unknown; why: string; /** an id that names nothing: 404 is an honest answer */ unknownId?: boolean }

const poisoned = (value: unknown, why: string, unknownId = false): Poisoned => ({ value, why, unknownId })

// ---------------------------------------------------------------------------------------------
// Adversarial values, refused whatever the field (no string field takes 100k characters; NUL and
// lone surrogates are refused before any route; 40 levels of nesting are more than any body has)

export const HUGE = "x".repeat(100_000)
export const HUGE_CJK = "绣".repeat(40_000)

export function nested(depth: number, leaf: unknown = "x", asArray = false): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value }
  return value
}

const UNIVERSAL: Poisoned[] = [
  poisoned("\u0000", "a NUL"),
  poisoned("绣娘\u0000", "text ending in NUL"),
  poisoned("a\u0000b", "a NUL inside"),
  poisoned("\uD800", "a lone high surrogate"),
  poisoned("x\uDFFFy", "a lone low surrogate"),
  poisoned("\uDC00\uD800", "surrogates the wrong way round"),
  poisoned(HUGE, "100,000 characters"),
  poisoned(HUGE_CJK, "40,000 Chinese characters (120 KB)"),
  poisoned(nested(40), "40 levels of objects"),
  poisoned(nested(40, 1, true), "40 levels of arrays"),
]

const STRING_KINDS = new Set(["choice", "id", "text", "story", "enum", "date", "month", "datetime", "phone", "email", "password", "handle", "boolString"])

/** Values of the wrong JSON type for a kind. */
function wrongTypes(k: Kind, nullable: boolean): Poisoned[] {
  const out: Poisoned[] = []
  const numbers = [0, -0, 1, -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE]
  const bools = [true, false]
  const arrays: unknown[] = [[], ["a"], [1, 2], [null]]
  const objects: unknown[] = [{}, { a: "b" }, { $gt: "" }, { toString: "x" }]
  const isString = STRING_KINDS.has(k.t)
  if (isString) {
    for (const v of [...numbers, ...bools, ...arrays, ...objects]) out.push(poisoned(v, `a ${Array.isArray(v) ? "list" : typeof v} where text is expected`))
  } else if (k.t === "int" || k.t === "yuan" || k.t === "number") {
    const strings = ["NaN", "Infinity", "-0", "1e308", "9007199254740993", "0x10", "", " "]
    if (!(k.t === "yuan" && k.strings)) strings.push("1", "12.50")
    for (const v of [...strings, ...bools, ...arrays, ...objects]) out.push(poisoned(v, `${JSON.stringify(v)} where a number is expected`))
  } else if (k.t === "bool") {
    for (const v of ["true", "false", "yes", 0, 1, ...arrays, ...objects]) out.push(poisoned(v, `${JSON.stringify(v)} where true/false is expected`))
  } else if (k.t === "list") {
    for (const v of ["a", 1, true, { 0: "a" }, {}]) out.push(poisoned(v, `${JSON.stringify(v)} where a list is expected`))
  } else if (k.t === "object") {
    for (const v of ["a", 1, true, [], [{}]]) out.push(poisoned(v, `${JSON.stringify(v)} where an object is expected`))
  }
  if (!nullable) out.push(poisoned(null, "null where a value is required"))
  return out
}

const over = (max: number, unit = "x") => unit.repeat(max + 1)

/** Values of the right type that a kind refuses. */
function wrongValues(k: Kind): Poisoned[] {
  switch (k.t) {
    case "id": {
      // ("-0", "1e308" and "NaN" are id-shaped: letters, digits, _ and -; below as ids of nothing)
      const shapes = ["", " ", "not an id", "a/b", "a'b", "a;drop table artisan", "%", "é", "绣", "a.b", "1.5", "+1", over(64, "a")]
      const out = shapes.map((v) => poisoned(v, `${JSON.stringify(v.slice(0, 20))} is not an id`))
      if (k.mustExist) {
        for (const v of ["__proto__", "constructor", "prototype", "toString", "artisan_01NOTREAL000000000000000000", "9007199254740991", "NaN", "-0", "1e308"]) {
          out.push(poisoned(v, `${v}: no such record`, true))
        }
      }
      return out
    }
    case "text":
      return [poisoned("", "empty"), poisoned("   ", "only spaces"), poisoned("\t\n", "only whitespace"), poisoned(over(k.max), `${k.max + 1} characters`), poisoned(over(k.max, "绣"), `${k.max + 1} Chinese characters`)]
    case "story":
      return [poisoned(over(k.max), `${k.max + 1} characters`), poisoned(over(k.max, "绣"), `${k.max + 1} Chinese characters`)]
    case "enum":
      return ["", "Z", " " + k.values[0], k.values[0].toUpperCase() === k.values[0] ? k.values[0].toLowerCase() : k.values[0].toUpperCase(), "__proto__", "constructor"].map((v) =>
        poisoned(v, `${JSON.stringify(v)} is not one of ${k.values.join("/")}`)
      )
    case "bool":
      return []
    case "boolString":
      return ["yes", "1", "TRUE ", "on", ""].map((v) => poisoned(v, `${JSON.stringify(v)} is not true/false`))
    case "date":
      return ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-2-3", "20260615", "2026-06-15T00:00:00Z", "0000-00-00", "", "-0", "yesterday"].map((v) =>
        poisoned(v, `${JSON.stringify(v)} is not a date`)
      )
    case "month":
      return ["2026-13", "2026-00", "2026-1", "202606", "2026-06-01", "", "-0", "NaN"].map((v) => poisoned(v, `${JSON.stringify(v)} is not a month`))
    case "datetime":
      return ["2026-02-30T00:00:00Z", "2026-06-15", "2026-06-15T25:00:00Z", "yesterday", ""].map((v) => poisoned(v, `${JSON.stringify(v)} is not a date-time`))
    case "int": {
      const values = [k.min - 1, k.max + 1, 1.5, 1e308, -1e308, Number.MIN_VALUE]
      if (Number.MAX_SAFE_INTEGER > k.max) values.push(Number.MAX_SAFE_INTEGER)
      if (k.min > 0) values.push(-0, 0)
      return values.map((v) => poisoned(v, `${Object.is(v, -0) ? "-0" : v} is outside ${k.min}-${k.max} or not whole`))
    }
    case "number":
      return [k.min - 1, k.max + 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER].map((v) => poisoned(v, `${v} is outside ${k.min}-${k.max}`))
    case "choice":
      return k.invalid.map((v) => poisoned(v, `${JSON.stringify(v.slice(0, 20))} is not accepted`))
    case "yuan": {
      const values: unknown[] = [-1, -0.01, 1.234, 1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, k.max + 0.01]
      if (k.positive) values.push(0, -0)
      if (k.strings) values.push("-5", "1.234", "abc", "1e3", "", " 5", String(k.max + 0.01), "0x10", "NaN", ...(k.positive ? ["0", "0.00"] : []))
      return values.map((v) => poisoned(v, `${Object.is(v, -0) ? "-0" : JSON.stringify(v)} is not an amount from ${k.positive ? "0.01" : "0"} to ${k.max}`))
    }
    case "phone":
      return ["12345", "+1 555 0100", "1380000000", "23800000000", "138000000000", "电话", over(32, "1")].map((v) => poisoned(v, `${JSON.stringify(v.slice(0, 20))} is not a mainland mobile`))
    case "email":
      return ["not-an-email", "a@", "@jinxiu.test", "a b@jinxiu.test", `${"a".repeat(250)}@jinxiu.test`, ""].map((v) => poisoned(v, `${JSON.stringify(v.slice(0, 20))} is not an e-mail`))
    case "password":
      return [poisoned("short", "shorter than 8"), poisoned("", "empty"), poisoned(over(200), "201 characters")]
    case "handle":
      return ["Has-Caps", "-lead", "trail-", "a--b", "汉字", "a b", "", over(100, "a")].map((v) => poisoned(v, `${JSON.stringify(v.slice(0, 20))} is not a handle`))
    case "list":
      return []
    case "object":
      return []
  }
}

/** A value a kind accepts (ids as Refs to the setup's records). */
export function validValue(k: Kind): fc.Arbitrary<unknown> {
  switch (k.t) {
    case "id":
      return k.ref ? fc.constant(new Ref(k.ref)) : fc.constantFrom("variant_01FUZZ000000000000000000")
    case "text":
      return fc.oneof(
        fc.constantFrom("绣娘", "Gold Peony", "陈 阿兰", "肇庆", "A"),
        fc.string({ minLength: 1, maxLength: Math.min(20, k.max) }).filter((s) => s.trim().length > 0)
      )
    case "story":
      return fc.constantFrom("", "她的故事", "金绣团扇 🪭", "A story\nin two lines.")
    case "enum":
      return fc.constantFrom(...k.values)
    case "bool":
      return fc.boolean()
    case "boolString":
      return fc.constantFrom("true", "false")
    case "date":
      return fc.constantFrom("2024-03-01", "2025-12-31")
    case "month":
      return fc.constantFrom("2026-05", "2025-12")
    case "datetime":
      return fc.constantFrom("2026-06-01T08:00:00Z", "2026-06-01T08:00:00+08:00")
    case "int":
      return fc.integer({ min: k.min, max: Math.min(k.max, k.min + 1000) })
    case "number":
      return fc.integer({ min: k.min * 10, max: k.max * 10 }).map((n) => n / 10)
    case "choice":
      return fc.constantFrom(...k.valid)
    case "yuan":
      return fc.integer({ min: k.positive ? 1 : 0, max: Math.min(k.max, 1000) * 100 }).map((fen) => fen / 100)
    case "phone":
      return fc.constantFrom("+86 138 0013 8000", "13900139000", "139-0013-9001")
    case "email":
      return fc.constantFrom("fuzz-coordinator@jinxiu.test")
    case "password":
      return fc.constant(k.valid ?? "long-enough-1")
    case "handle":
      return fc.constantFrom("fuzz-workshop", "fan-2")
    case "list":
      return fc.array(validValue(k.of), { minLength: k.min ?? 0, maxLength: k.validLength ?? Math.min(k.max, 2) })
    case "object":
      return validBody(k.fields)
  }
}

/** Every required field, and some of the optional ones, each valid. */
export function validBody(fields: Fields): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields)
  const required = names.filter((n) => fields[n].required)
  const optional = names.filter((n) => !fields[n].required)
  return fc.subarray(optional).chain((chosen) => {
    const keys = [...required, ...chosen]
    if (!keys.length) return fc.constant({})
    return fc.tuple(...keys.map((n) => (fields[n].nullable ? fc.oneof({ weight: 4, arbitrary: validValue(fields[n].k) }, { weight: 1, arbitrary: fc.constant(null) }) : validValue(fields[n].k)))).map((values) =>
      Object.fromEntries(keys.map((n, i) => [n, values[i]]))
    )
  })
}

/** A value of this field that must be refused, and why (nested: one bad element or field inside). */
export function invalidValue(field: Field, path: string): fc.Arbitrary<Poisoned> {
  const k = field.k
  const flat = [...UNIVERSAL, ...wrongTypes(k, !!field.nullable), ...wrongValues(k)].map((p) => ({ ...p, why: `${path}: ${p.why}` }))
  const options: fc.WeightedArbitrary<Poisoned>[] = [{ weight: 8, arbitrary: fc.constantFrom(...flat) }]
  if (field.required) options.push({ weight: 1, arbitrary: fc.constant(poisoned(MISSING, `${path}: missing`)) })
  if (k.t === "list") {
    // one bad element among valid ones
    options.push({
      weight: 6,
      arbitrary: fc
        .tuple(fc.array(validValue(k.of), { maxLength: 2 }), invalidValue({ k: k.of, required: true }, `${path}[]`), fc.nat(2))
        .map(([good, bad, at]) => {
          const list = [...good]
          const index = Math.min(at, list.length)
          if (bad.value !== MISSING) list.splice(index, 0, bad.value)
          else list.splice(index, 0, undefined)
          return { value: list.map((v) => (v === undefined ? null : v)), why: bad.why.replace(`${path}[]`, `${path}[${index}]`), unknownId: bad.unknownId }
        }),
    })
    // one too many
    if (k.max <= 600) {
      options.push({
        weight: 1,
        arbitrary: validValue(k.of).map((one) => poisoned(Array.from({ length: k.max + 1 }, () => one), `${path}: ${k.max + 1} items, at most ${k.max}`)),
      })
    }
    if (k.min) options.push({ weight: 1, arbitrary: fc.constant(poisoned([], `${path}: empty, at least ${k.min}`)) })
  }
  if (k.t === "object") {
    options.push(
      { weight: 8, arbitrary: validBody(k.fields).chain((good) => invalidBodyField(k.fields, good, path)) },
      { weight: 1, arbitrary: validBody(k.fields).map((good) => poisoned(withKey(good, "unexpected", 1), `${path}: an unknown key`)) },
      { weight: 1, arbitrary: validBody(k.fields).map((good) => poisoned(withKey(good, "__proto__", { polluted: true }), `${path}: a __proto__ key`)) }
    )
  }
  return fc.oneof(...options)
}

/** `body` with one field made invalid (or removed when required). */
export function invalidBodyField(fields: Fields, body: Record<string, unknown>, prefix = ""): fc.Arbitrary<Poisoned> {
  const names = Object.keys(fields)
  return fc.constantFrom(...names).chain((name) =>
    invalidValue(fields[name], prefix ? `${prefix}.${name}` : name).map((bad) => {
      const copy: Record<string, unknown> = { ...body }
      if (bad.value === MISSING) delete copy[name]
      else copy[name] = bad.value
      return { value: copy, why: bad.why, unknownId: bad.unknownId }
    })
  )
}

/** An own property, whatever its name (`__proto__` included), so JSON.stringify writes it. */
export function withKey(body: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...body }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/** Keys no route of ours takes, and keys that mean something to JavaScript or to query builders. */
export const UNKNOWN_KEYS = ["unexpected", "__proto__", "constructor", "prototype", "id", "created_at", "deleted_at", "$where", "a.b", "🪭", "toString", "hasOwnProperty"]

/** Whole bodies that are wrong whatever the route. */
export function invalidBodyShape(good: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Poisoned> {
  return fc.oneof(
    fc.tuple(good, fc.constantFrom(...UNKNOWN_KEYS), fc.constantFrom<unknown>(1, "x", null, { polluted: true }, [], true)).map(([body, key, value]) =>
      poisoned(withKey(body, key, value), `body: an unknown key ${JSON.stringify(key)}`)
    ),
    good.map((body) => poisoned([body], "body: a list instead of an object")),
    fc.constantFrom<unknown>("text", 42, true, []).map((v) => poisoned(v, `body: ${JSON.stringify(v)} instead of an object`)),
    fc.integer({ min: 33, max: 800 }).map((depth) => poisoned(nested(depth), `body: ${depth} levels deep`)),
    fc.integer({ min: 33, max: 800 }).map((depth) => poisoned({ a: nested(depth, 1, true) }, `body: ${depth} levels of arrays`))
  )
}

/** Bodies that are not JSON at all, sent as application/json. */
export const MALFORMED_JSON = ['{"a":', "{'a': 1}", '{"a": 1}}', "\u0000", "NaN", '{"a": NaN}', "[1,]", '{"a": "\\x41"}', '{"a" 1}', "nul", '{"__proto__": ', "\uFEFF{}x"]

// ---------------------------------------------------------------------------------------------
// Path parameters and query strings

/** A path segment: text to percent-encode, or bytes already on the wire (malformed encodings). */
export type Segment = { text: string } | { wire: string }

/** Path parameter values no record has and no route takes. */
export const PATH_POISON: Segment[] = [
  ...["\u0000", "\uD800", "", " ", ".", "..", "%", "a/b", "a?b", "a#b", "__proto__", "constructor", "prototype", "toString", "NaN", "-0", "1e308", "9007199254740991", "-1", "2026-02-30", "2026-13", "null", "undefined", "' OR 1=1 --", "<script>alert(1)</script>", "绣娘", "🪭", "artisan_01NOTREAL000000000000000000", "x".repeat(300), "x".repeat(5_000), "x".repeat(20_000)].map((text) => ({ text })),
  { wire: "%E0%A4%A" },
  { wire: "%ED%A0%80" },
  { wire: "%C0%AE%C0%AE" },
  { wire: "%FF" },
]

export const segmentOnWire = (s: Segment) => ("wire" in s ? s.wire : encodeAny(s.text))
export const describeSegment = (s: Segment) => ("wire" in s ? s.wire : JSON.stringify(s.text.length > 40 ? `${s.text.slice(0, 20)}…(${s.text.length})` : s.text))

/** A query parameter as it goes on the wire: `key=value`, repeated, or bracketed. */
export type QueryPart = string

export function queryValue(key: string, value: unknown): QueryPart[] {
  if (Array.isArray(value)) return value.length ? value.flatMap((v) => queryValue(key, v)) : [`${encodeAny(key)}[]=`]
  if (value !== null && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([sub, v]) => queryValue(`${key}[${sub}]`, v))
  }
  const text = typeof value === "number" && Object.is(value, -0) ? "-0" : String(value)
  return [`${encodeAny(key)}=${encodeAny(text)}`]
}

/** Query strings refused on any route: bad text in a key or a value, or prototype keys. */
export const QUERY_POISON: { parts: QueryPart[]; why: string }[] = [
  { parts: ["q=%00"], why: "query: a NUL" },
  { parts: ["%00=1"], why: "query: a NUL key" },
  { parts: [`q=${"%00".repeat(3)}`], why: "query: NULs" },
  { parts: ["fields=id%00"], why: "query.fields: a NUL" },
  { parts: ["a[b]=%00"], why: "query: a NUL in a nested value" },
  { parts: ["x=1&x=%00"], why: "query: a NUL in a repeated value" },
  { parts: [`x=${"y".repeat(20_000)}`], why: "query: 20,000 characters (over the header limit)" },
]

const numberText = (n: number) => (Object.is(n, -0) ? "-0" : String(n))

/**
 * A query value this field refuses. A query string has no types, so only text is wrong by its
 * value; an object (`key[a]=b`) is wrong for every field we take.
 */
export function invalidQueryValue(k: Kind, path: string): fc.Arbitrary<Poisoned> {
  if (k.t === "list") {
    return fc.oneof(
      invalidQueryValue(k.of, `${path}[]`).map((bad) => ({ ...bad, value: Array.isArray(bad.value) ? bad.value : [bad.value] })),
      validValue(k.of).map((one) => poisoned(Array.from({ length: k.max + 1 }, () => one), `${path}: ${k.max + 1} values, at most ${k.max}`))
    )
  }
  const values: Poisoned[] = wrongValues(k)
    .filter((p) => typeof p.value === "string" || typeof p.value === "number")
    .map((p) => ({ ...p, value: typeof p.value === "number" ? numberText(p.value) : p.value, why: `${path}: ${p.why}` }))
  values.push(poisoned({ a: "b" }, `${path}: an object (${path}[a]=b)`), poisoned("x\u0000", `${path}: a NUL`))
  return fc.constantFrom(...values)
}
