/**
 * A fake Stripe API for tests, on plain node http. It speaks Stripe's real wire protocol to the
 * real `stripe` library: form-encoded bodies with bracketed keys, `Authorization: Bearer <key>`,
 * Stripe's error JSON (`{ error: { type, code, decline_code, message, param, payment_intent } }`
 * with 400/401/402/404), and Idempotency-Key replay (same key + same request → the first answer
 * again with `Idempotent-Replayed: true`; same key + another request → 400 idempotency_error).
 *
 * What it covers: PaymentIntents (create, retrieve, update, confirm, capture, cancel), Stripe's
 * test payment methods (pm_card_visa, pm_card_chargeDeclined, … see cards.ts), charges (read),
 * refunds, customers and their payment methods, and the events Stripe would send for each change
 * (read them from `state.events` and post them to a webhook endpoint). A publishable key
 * (pk_test_…) may only read or confirm a PaymentIntent with its client_secret, as Stripe.js does.
 * Only test keys (sk_test_/rk_test_/pk_test_) are accepted.
 */
import http from "http"
import type { AddressInfo } from "net"
import { randomBytes } from "crypto"
import { FormError, parseForm, type FormObject, type FormValue } from "./form"
import { TEST_CARDS, type TestCard } from "./cards"

export const FAKE_STRIPE_API_VERSION = "2024-04-10"

type StripeObject = Record<string, any>

export type RequestRecord = {
  method: string
  path: string
  params: FormObject
  keyKind: "secret" | "publishable"
  idempotencyKey?: string
  replayed: boolean
  status: number
}

export type FakeStripeState = {
  paymentIntents: Map<string, StripeObject>
  paymentMethods: Map<string, StripeObject>
  charges: Map<string, StripeObject>
  refunds: Map<string, StripeObject>
  customers: Map<string, StripeObject>
  /** Every event Stripe would have sent, oldest first. */
  events: StripeObject[]
  /** Every request, in order of arrival. */
  requests: RequestRecord[]
}

export type FakeStripe = {
  host: string
  port: number
  protocol: "http"
  state: FakeStripeState
  /** The events of one object (e.g. a PaymentIntent id), optionally of one type. */
  eventsFor(objectId: string, type?: string): StripeObject[]
  close(): Promise<void>
}

/** A Stripe error answer. `remember`: whether an Idempotency-Key replays it (Stripe saves
 * results once an endpoint started executing, not parameter-validation failures). */
class StripeFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeObject,
    readonly remember: boolean
  ) {
    super(error.message)
  }
}

const docUrl = (code: string) => `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}`

function invalidRequest(message: string, fields: StripeObject = {}, remember = false): StripeFailure {
  const error: StripeObject = { type: "invalid_request_error", message, ...fields }
  if (fields.code) {
    error.doc_url = docUrl(fields.code)
  }
  return new StripeFailure(400, error, remember)
}

function notFound(kind: string, id: string, param = "id"): StripeFailure {
  return new StripeFailure(
    404,
    { type: "invalid_request_error", code: "resource_missing", doc_url: docUrl("resource_missing"), param, message: `No such ${kind}: '${id}'` },
    true
  )
}

const now = () => Math.floor(Date.now() / 1000)
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
function newId(prefix: string, length = 24): string {
  const bytes = randomBytes(length)
  let out = ""
  for (const byte of bytes) {
    out += ALPHABET[byte % ALPHABET.length]
  }
  return `${prefix}_${out}`
}

// ---- parameter helpers (Stripe sends every value as a string) -------------------------------

function allowOnly(params: FormObject, allowed: string[]): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) {
      throw invalidRequest(`Received unknown parameter: ${key}`, { code: "parameter_unknown", param: key })
    }
  }
}

function stringParam(params: FormObject, name: string): string | undefined {
  const value = params[name]
  if (value === undefined || value === "") {
    return undefined
  }
  if (typeof value !== "string") {
    throw invalidRequest(`Invalid string: ${name} must be a string`, { code: "parameter_invalid_string", param: name })
  }
  return value
}

function integerParam(params: FormObject, name: string, required = false): number | undefined {
  const value = stringParam(params, name)
  if (value === undefined) {
    if (required) {
      throw invalidRequest(`Missing required param: ${name}.`, { code: "parameter_missing", param: name })
    }
    return undefined
  }
  if (!/^-?\d+$/.test(value)) {
    throw invalidRequest(`Invalid integer: ${value}`, { code: "parameter_invalid_integer", param: name })
  }
  return Number(value)
}

function booleanParam(params: FormObject, name: string): boolean | undefined {
  const value = stringParam(params, name)
  if (value === undefined) {
    return undefined
  }
  if (value !== "true" && value !== "false") {
    throw invalidRequest(`Invalid boolean: ${value}`, { code: "parameter_invalid_boolean", param: name })
  }
  return value === "true"
}

function enumParam<T extends string>(params: FormObject, name: string, values: readonly T[]): T | undefined {
  const value = stringParam(params, name)
  if (value !== undefined && !values.includes(value as T)) {
    throw invalidRequest(`Invalid ${name}: must be one of ${values.join(", ")}`, { code: "parameter_invalid", param: name })
  }
  return value as T | undefined
}

function stringListParam(params: FormObject, name: string): string[] | undefined {
  const value = params[name]
  if (value === undefined) {
    return undefined
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw invalidRequest(`Invalid array: ${name} must be a list of strings`, { code: "parameter_invalid", param: name })
  }
  return value as string[]
}

/** Metadata: string values; an empty string removes the key (as on Stripe). */
function applyMetadata(target: Record<string, string>, params: FormObject): Record<string, string> {
  const value = params.metadata
  if (value === undefined) {
    return target
  }
  if (value === "") {
    return {}
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidRequest("Invalid object: metadata must be a hash", { code: "parameter_invalid", param: "metadata" })
  }
  const next = { ...target }
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== "string") {
      throw invalidRequest(`Invalid metadata value for ${key}`, { code: "parameter_invalid", param: `metadata[${key}]` })
    }
    if (v === "") {
      delete next[key]
    } else {
      next[key] = v
    }
  }
  return next
}

/** A nested hash parameter, with "true"/"false" and integers turned into JSON values. */
function hashParam(params: FormObject, name: string): StripeObject | undefined {
  const value = params[name]
  if (value === undefined || value === "") {
    return undefined
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw invalidRequest(`Invalid object: ${name} must be a hash`, { code: "parameter_invalid", param: name })
  }
  const convert = (v: FormValue): unknown => {
    if (typeof v === "string") {
      if (v === "true" || v === "false") return v === "true"
      if (/^-?\d+$/.test(v)) return Number(v)
      return v === "" ? null : v
    }
    if (Array.isArray(v)) return v.map(convert)
    return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, convert(inner)]))
  }
  return convert(value) as StripeObject
}

function expandList(params: FormObject, allowed: string[]): string[] {
  const list = stringListParam(params, "expand") ?? []
  for (const path of list) {
    if (!allowed.includes(path)) {
      throw invalidRequest(`This property cannot be expanded (${path}).`, { param: "expand" })
    }
  }
  return list
}

/** Stripe's documented minimum charge amounts, in the smallest unit (other currencies: 1). */
const MINIMUM_AMOUNT: Record<string, number> = { usd: 50, eur: 50, gbp: 30, hkd: 400, sgd: 50, jpy: 50 }

// ---- the fake ---------------------------------------------------------------------------------

type Context = { requestId: string; idempotencyKey?: string; keyKind: "secret" | "publishable" }
type Answer = { status: number; body: StripeObject }

const PI_CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]
const PI_CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]

export function createFakeStripe(): { state: FakeStripeState; handle: (req: http.IncomingMessage, body: string) => Answer & { headers: Record<string, string> } } {
  const state: FakeStripeState = {
    paymentIntents: new Map(),
    paymentMethods: new Map(),
    charges: new Map(),
    refunds: new Map(),
    customers: new Map(),
    events: [],
    requests: [],
  }
  const idempotency = new Map<string, { fingerprint: string; answer: Answer }>()

  function emit(ctx: Context, type: string, object: StripeObject): void {
    state.events.push({
      id: newId("evt"),
      object: "event",
      api_version: FAKE_STRIPE_API_VERSION,
      created: now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: ctx.requestId, idempotency_key: ctx.idempotencyKey ?? null },
      type,
    })
  }

  // -- payment methods

  function paymentMethodObject(card: TestCard): StripeObject {
    const pm: StripeObject = {
      id: newId("pm"),
      object: "payment_method",
      billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null, phone: null },
      card: {
        brand: card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
        country: "US",
        display_brand: card.brand,
        exp_month: 12,
        exp_year: new Date().getFullYear() + 3,
        fingerprint: newId("fp", 16).slice(3),
        funding: "credit",
        last4: card.last4,
        networks: { available: [card.brand], preferred: null },
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
      created: now(),
      customer: null,
      livemode: false,
      metadata: {},
      type: "card",
    }
    return pm
  }

  /** The PaymentMethod for an id: a stored one, or a new one for a Stripe test id. */
  function resolvePaymentMethod(id: string, param: string): StripeObject {
    const stored = state.paymentMethods.get(id)
    if (stored) {
      return stored
    }
    const card = TEST_CARDS[id]
    if (!card) {
      throw invalidRequest(`No such PaymentMethod: '${id}'`, { code: "resource_missing", param }, false)
    }
    const pm = paymentMethodObject(card)
    Object.defineProperty(pm, "__card", { value: card, enumerable: false })
    state.paymentMethods.set(pm.id, pm)
    return pm
  }

  const cardOf = (pm: StripeObject): TestCard => (pm as { __card: TestCard }).__card

  // -- payment intents

  function getIntent(id: string): StripeObject {
    const pi = state.paymentIntents.get(id)
    if (!pi) {
      throw notFound("payment_intent", id, "intent")
    }
    return pi
  }

  function renderIntent(pi: StripeObject, expand: string[] = []): StripeObject {
    const out = structuredClone(pi)
    if (expand.includes("payment_method") && out.payment_method) {
      out.payment_method = structuredClone(state.paymentMethods.get(out.payment_method))
    }
    if (expand.includes("latest_charge") && out.latest_charge) {
      out.latest_charge = structuredClone(state.charges.get(out.latest_charge))
    }
    if (expand.includes("customer") && out.customer) {
      out.customer = structuredClone(state.customers.get(out.customer))
    }
    return out
  }

  const PI_EXPANDABLE = ["payment_method", "latest_charge", "customer"]

  function requireCustomer(id: string | undefined): string | null {
    if (id === undefined) {
      return null
    }
    if (!state.customers.has(id) || state.customers.get(id)!.deleted) {
      throw invalidRequest(`No such customer: '${id}'`, { code: "resource_missing", param: "customer" })
    }
    return id
  }

  function createIntent(ctx: Context, params: FormObject): Answer {
    allowOnly(params, [
      "amount", "currency", "automatic_payment_methods", "capture_method", "confirm", "confirmation_method", "customer",
      "description", "error_on_requires_action", "expand", "mandate_data", "metadata", "off_session", "payment_method",
      "payment_method_configuration", "payment_method_data", "payment_method_options", "payment_method_types",
      "receipt_email", "return_url", "setup_future_usage", "shared_payment_token", "shipping", "statement_descriptor",
      "statement_descriptor_suffix", "use_stripe_sdk",
    ])
    const amount = integerParam(params, "amount", true)!
    const currency = stringParam(params, "currency")?.toLowerCase()
    if (!currency) {
      throw invalidRequest("Missing required param: currency.", { code: "parameter_missing", param: "currency" })
    }
    if (!/^[a-z]{3}$/.test(currency)) {
      throw invalidRequest(`Invalid currency: ${currency}.`, { code: "parameter_invalid", param: "currency" })
    }
    const minimum = MINIMUM_AMOUNT[currency] ?? 1
    if (amount < minimum) {
      throw invalidRequest(`Amount must be at least ${minimum} ${currency} (in the smallest currency unit)`, {
        code: "amount_too_small",
        param: "amount",
      })
    }
    const automatic = hashParam(params, "automatic_payment_methods")
    const types = stringListParam(params, "payment_method_types")
    if (automatic && types) {
      throw invalidRequest("You may only specify one of these parameters: automatic_payment_methods, payment_method_types.", {
        param: "automatic_payment_methods",
      })
    }
    const captureMethod = enumParam(params, "capture_method", ["automatic", "automatic_async", "manual"] as const) ?? "automatic"
    const setupFutureUsage = enumParam(params, "setup_future_usage", ["on_session", "off_session"] as const) ?? null
    const customer = requireCustomer(stringParam(params, "customer"))
    const pmId = stringParam(params, "payment_method")
    const pm = pmId ? resolvePaymentMethod(pmId, "payment_method") : undefined
    const expand = expandList(params, PI_EXPANDABLE)
    const confirm = booleanParam(params, "confirm") ?? false

    const id = newId("pi")
    const pi: StripeObject = {
      id,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods: types ? null : { allow_redirects: "always", enabled: true, ...(automatic ?? {}) },
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod,
      client_secret: `${id}_secret_${newId("x", 25).slice(2)}`,
      confirmation_method: "automatic",
      created: now(),
      currency,
      customer,
      description: stringParam(params, "description") ?? null,
      invoice: null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: applyMetadata({}, params),
      next_action: null,
      on_behalf_of: null,
      payment_method: pm?.id ?? null,
      payment_method_configuration_details: null,
      payment_method_options: hashParam(params, "payment_method_options") ?? { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" } },
      payment_method_types: types ?? ["card"],
      processing: null,
      receipt_email: stringParam(params, "receipt_email") ?? null,
      review: null,
      setup_future_usage: setupFutureUsage,
      shipping: hashParam(params, "shipping") ?? null,
      source: null,
      statement_descriptor: stringParam(params, "statement_descriptor") ?? null,
      statement_descriptor_suffix: stringParam(params, "statement_descriptor_suffix") ?? null,
      status: pm ? "requires_confirmation" : "requires_payment_method",
      transfer_data: null,
      transfer_group: null,
    }
    state.paymentIntents.set(id, pi)
    emit(ctx, "payment_intent.created", pi)
    if (confirm) {
      confirmIntent(ctx, pi, params)
    }
    return { status: 200, body: renderIntent(pi, expand) }
  }

  function updateIntent(ctx: Context, pi: StripeObject, params: FormObject): Answer {
    allowOnly(params, [
      "amount", "capture_method", "currency", "customer", "description", "expand", "metadata", "payment_method",
      "payment_method_data", "payment_method_options", "payment_method_types", "receipt_email", "setup_future_usage",
      "shipping", "statement_descriptor", "statement_descriptor_suffix",
    ])
    const expand = expandList(params, PI_EXPANDABLE)
    const alwaysEditable = ["metadata", "description", "receipt_email", "shipping", "expand"]
    const changesPayment = Object.keys(params).some((k) => !alwaysEditable.includes(k))
    if (changesPayment && !PI_CONFIRMABLE.includes(pi.status)) {
      throw invalidRequest(
        `You cannot update this PaymentIntent because it has a status of ${pi.status}. Only metadata, description, receipt_email and shipping can be updated now.`,
        { code: "payment_intent_unexpected_state", payment_intent: renderIntent(pi) },
        true
      )
    }
    const amount = integerParam(params, "amount")
    if (amount !== undefined) {
      if (amount < (MINIMUM_AMOUNT[pi.currency] ?? 1)) {
        throw invalidRequest("Amount is below the minimum charge amount", { code: "amount_too_small", param: "amount" })
      }
      pi.amount = amount
    }
    const currency = stringParam(params, "currency")
    if (currency) pi.currency = currency.toLowerCase()
    const customer = stringParam(params, "customer")
    if (customer !== undefined) pi.customer = requireCustomer(customer)
    const description = stringParam(params, "description")
    if (params.description !== undefined) pi.description = description ?? null
    pi.metadata = applyMetadata(pi.metadata, params)
    const captureMethod = enumParam(params, "capture_method", ["automatic", "automatic_async", "manual"] as const)
    if (captureMethod) pi.capture_method = captureMethod
    const types = stringListParam(params, "payment_method_types")
    if (types) {
      pi.payment_method_types = types
      pi.automatic_payment_methods = null
    }
    const pmId = stringParam(params, "payment_method")
    if (pmId) {
      pi.payment_method = resolvePaymentMethod(pmId, "payment_method").id
      pi.status = "requires_confirmation"
    }
    if (Object.keys(params).some((k) => k !== "expand")) {
      // "It will be cleared if the PaymentIntent is later updated for any reason."
      pi.last_payment_error = null
    }
    return { status: 200, body: renderIntent(pi, expand) }
  }

  function confirmIntent(ctx: Context, pi: StripeObject, params: FormObject): void {
    if (!PI_CONFIRMABLE.includes(pi.status)) {
      throw invalidRequest(
        `You cannot confirm this PaymentIntent because it has a status of ${pi.status}.`,
        { code: "payment_intent_unexpected_state", payment_intent: renderIntent(pi) },
        true
      )
    }
    const pmParam = stringParam(params, "payment_method")
    const pm = pmParam ? resolvePaymentMethod(pmParam, "payment_method") : pi.payment_method ? state.paymentMethods.get(pi.payment_method) : undefined
    if (!pm) {
      throw invalidRequest(
        "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
        { code: "payment_intent_unexpected_state", payment_intent: renderIntent(pi) },
        true
      )
    }
    const redirectsAllowed = pi.automatic_payment_methods?.enabled && pi.automatic_payment_methods.allow_redirects !== "never"
    if (redirectsAllowed && !stringParam(params, "return_url") && booleanParam(params, "use_stripe_sdk") !== true) {
      throw invalidRequest(
        "A `return_url` must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed. If you do not want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents."
      )
    }
    const card = cardOf(pm)
    const charge: StripeObject = {
      id: newId("ch"),
      object: "charge",
      amount: pi.amount,
      amount_captured: 0,
      amount_refunded: 0,
      captured: false,
      created: now(),
      currency: pi.currency,
      customer: pi.customer,
      description: pi.description,
      failure_code: null,
      failure_message: null,
      livemode: false,
      metadata: {},
      outcome: null,
      paid: false,
      payment_intent: pi.id,
      payment_method: pm.id,
      refunded: false,
      status: "pending",
    }
    state.charges.set(charge.id, charge)
    pi.latest_charge = charge.id

    if (card.decline) {
      const { code, decline_code, message } = card.decline
      Object.assign(charge, {
        status: "failed",
        failure_code: code,
        failure_message: message,
        outcome: { network_status: "declined_by_network", reason: decline_code, risk_level: "normal", seller_message: "The bank did not return any further details with this decline.", type: "issuer_declined" },
      })
      const lastError = { charge: charge.id, code, decline_code, doc_url: docUrl(code), message, payment_method: structuredClone(pm), type: "card_error" }
      Object.assign(pi, { status: "requires_payment_method", payment_method: null, last_payment_error: lastError })
      emit(ctx, "charge.failed", charge)
      emit(ctx, "payment_intent.payment_failed", pi)
      throw new StripeFailure(402, { ...lastError, payment_intent: renderIntent(pi), request_log_url: `https://dashboard.stripe.com/test/logs/${ctx.requestId}` }, true)
    }

    Object.assign(charge, {
      status: "succeeded",
      paid: true,
      outcome: { network_status: "approved_by_network", reason: null, risk_level: "normal", seller_message: "Payment complete.", type: "authorized" },
    })
    Object.assign(pi, { payment_method: pm.id, last_payment_error: null })
    if (pi.capture_method === "manual") {
      Object.assign(pi, { status: "requires_capture", amount_capturable: pi.amount })
      emit(ctx, "charge.succeeded", charge)
      emit(ctx, "payment_intent.amount_capturable_updated", pi)
    } else {
      Object.assign(charge, { captured: true, amount_captured: pi.amount })
      Object.assign(pi, { status: "succeeded", amount_received: pi.amount })
      emit(ctx, "charge.succeeded", charge)
      emit(ctx, "payment_intent.succeeded", pi)
    }
  }

  function captureIntent(ctx: Context, pi: StripeObject, params: FormObject): Answer {
    allowOnly(params, ["amount_to_capture", "expand", "metadata", "statement_descriptor", "statement_descriptor_suffix"])
    const expand = expandList(params, PI_EXPANDABLE)
    if (pi.status !== "requires_capture") {
      throw invalidRequest(
        `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
        { code: "payment_intent_unexpected_state", payment_intent: renderIntent(pi) },
        true
      )
    }
    const amount = integerParam(params, "amount_to_capture") ?? pi.amount_capturable
    if (amount < 1 || amount > pi.amount_capturable) {
      throw invalidRequest(`The amount to capture must be between 1 and the amount capturable (${pi.amount_capturable}).`, {
        code: "parameter_invalid_integer",
        param: "amount_to_capture",
      })
    }
    pi.metadata = applyMetadata(pi.metadata, params)
    const charge = state.charges.get(pi.latest_charge)!
    Object.assign(charge, { captured: true, amount_captured: amount })
    Object.assign(pi, { status: "succeeded", amount_received: amount, amount_capturable: 0 })
    emit(ctx, "charge.captured", charge)
    emit(ctx, "payment_intent.succeeded", pi)
    return { status: 200, body: renderIntent(pi, expand) }
  }

  function cancelIntent(ctx: Context, pi: StripeObject, params: FormObject): Answer {
    allowOnly(params, ["cancellation_reason", "expand"])
    const expand = expandList(params, PI_EXPANDABLE)
    const reason = enumParam(params, "cancellation_reason", ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] as const)
    if (!PI_CANCELABLE.includes(pi.status)) {
      throw invalidRequest(
        `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${PI_CANCELABLE.join(", ")}.`,
        { code: "payment_intent_unexpected_state", payment_intent: renderIntent(pi) },
        true
      )
    }
    Object.assign(pi, { status: "canceled", canceled_at: now(), cancellation_reason: reason ?? null, amount_capturable: 0 })
    emit(ctx, "payment_intent.canceled", pi)
    return { status: 200, body: renderIntent(pi, expand) }
  }

  // -- refunds

  function createRefund(ctx: Context, params: FormObject): Answer {
    allowOnly(params, ["amount", "charge", "expand", "instructions_email", "metadata", "payment_intent", "reason", "refund_application_fee", "reverse_transfer"])
    expandList(params, [])
    const piId = stringParam(params, "payment_intent")
    const chargeId = stringParam(params, "charge")
    if (!piId && !chargeId) {
      throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.")
    }
    let charge: StripeObject | undefined
    if (chargeId) {
      charge = state.charges.get(chargeId)
      if (!charge) throw invalidRequest(`No such charge: '${chargeId}'`, { code: "resource_missing", param: "charge" })
    } else {
      const pi = state.paymentIntents.get(piId!)
      if (!pi) throw invalidRequest(`No such payment_intent: '${piId}'`, { code: "resource_missing", param: "payment_intent" })
      charge = pi.latest_charge ? state.charges.get(pi.latest_charge) : undefined
      if (!charge || charge.status !== "succeeded") {
        throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, { param: "payment_intent" }, true)
      }
    }
    if (!charge.captured) {
      throw invalidRequest(
        `Charge ${charge.id} has not been captured: cancel its PaymentIntent to release the authorization instead of refunding it.`,
        { param: chargeId ? "charge" : "payment_intent" },
        true
      )
    }
    const remaining = charge.amount_captured - charge.amount_refunded
    if (remaining <= 0) {
      throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: "charge_already_refunded", charge: charge.id }, true)
    }
    const amount = integerParam(params, "amount") ?? remaining
    if (amount < 1) {
      throw invalidRequest("Invalid positive integer", { code: "parameter_invalid_integer", param: "amount" })
    }
    if (amount > remaining) {
      throw invalidRequest(
        `Refund amount (${amount} ${charge.currency}) is greater than unrefunded amount on charge (${remaining} ${charge.currency})`,
        { code: "amount_too_large", param: "amount" },
        true
      )
    }
    const refund: StripeObject = {
      id: newId("re"),
      object: "refund",
      amount,
      balance_transaction: null,
      charge: charge.id,
      created: now(),
      currency: charge.currency,
      metadata: applyMetadata({}, params),
      payment_intent: charge.payment_intent,
      reason: enumParam(params, "reason", ["duplicate", "fraudulent", "requested_by_customer"] as const) ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: "succeeded",
      transfer_reversal: null,
    }
    state.refunds.set(refund.id, refund)
    charge.amount_refunded += amount
    charge.refunded = charge.amount_refunded === charge.amount_captured
    emit(ctx, "refund.created", refund)
    emit(ctx, "charge.refunded", charge)
    return { status: 200, body: structuredClone(refund) }
  }

  // -- customers

  const CUSTOMER_PARAMS = ["address", "description", "email", "expand", "invoice_settings", "metadata", "name", "payment_method", "phone", "preferred_locales", "shipping", "tax_exempt"]

  function applyCustomer(customer: StripeObject, params: FormObject): void {
    for (const field of ["description", "email", "name", "phone"]) {
      if (params[field] !== undefined) customer[field] = stringParam(params, field) ?? null
    }
    if (params.address !== undefined) customer.address = hashParam(params, "address") ?? null
    if (params.shipping !== undefined) customer.shipping = hashParam(params, "shipping") ?? null
    customer.metadata = applyMetadata(customer.metadata, params)
  }

  function getCustomer(id: string): StripeObject {
    const customer = state.customers.get(id)
    if (!customer || customer.deleted) throw notFound("customer", id)
    return customer
  }

  function createCustomer(_ctx: Context, params: FormObject): Answer {
    allowOnly(params, CUSTOMER_PARAMS)
    expandList(params, [])
    const customer: StripeObject = {
      id: newId("cus", 14),
      object: "customer",
      address: null,
      balance: 0,
      created: now(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: null,
      email: null,
      invoice_prefix: randomBytes(4).toString("hex").toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: {},
      name: null,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: "none",
      test_clock: null,
    }
    applyCustomer(customer, params)
    state.customers.set(customer.id, customer)
    return { status: 200, body: structuredClone(customer) }
  }

  const list = (url: string, data: StripeObject[]) => ({ object: "list", data, has_more: false, url })

  // -- routing

  type Route = {
    method: string
    pattern: RegExp
    publishable?: boolean
    run: (ctx: Context, params: FormObject, match: RegExpMatchArray) => Answer
  }

  const routes: Route[] = [
    { method: "POST", pattern: /^\/v1\/payment_intents$/, run: (ctx, p) => createIntent(ctx, p) },
    {
      method: "GET",
      pattern: /^\/v1\/payment_intents\/([^/]+)$/,
      publishable: true,
      run: (_ctx, p, m) => {
        allowOnly(p, ["expand", "client_secret"])
        return { status: 200, body: renderIntent(getIntent(m[1]), expandList(p, PI_EXPANDABLE)) }
      },
    },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)$/, run: (ctx, p, m) => updateIntent(ctx, getIntent(m[1]), p) },
    {
      method: "POST",
      pattern: /^\/v1\/payment_intents\/([^/]+)\/confirm$/,
      publishable: true,
      run: (ctx, p, m) => {
        allowOnly(p, [
          "client_secret", "error_on_requires_action", "expand", "mandate_data", "off_session", "payment_method",
          "payment_method_data", "payment_method_options", "receipt_email", "return_url", "setup_future_usage",
          "shipping", "use_stripe_sdk", "capture_method",
        ])
        const pi = getIntent(m[1])
        const expand = expandList(p, PI_EXPANDABLE)
        confirmIntent(ctx, pi, p)
        return { status: 200, body: renderIntent(pi, expand) }
      },
    },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/capture$/, run: (ctx, p, m) => captureIntent(ctx, getIntent(m[1]), p) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/cancel$/, run: (ctx, p, m) => cancelIntent(ctx, getIntent(m[1]), p) },
    {
      method: "GET",
      pattern: /^\/v1\/payment_methods\/([^/]+)$/,
      run: (_ctx, p, m) => {
        allowOnly(p, ["expand"])
        const pm = state.paymentMethods.get(m[1]) ?? (TEST_CARDS[m[1]] ? resolvePaymentMethod(m[1], "id") : undefined)
        if (!pm) throw notFound("PaymentMethod", m[1])
        return { status: 200, body: structuredClone(pm) }
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/charges\/([^/]+)$/,
      run: (_ctx, p, m) => {
        allowOnly(p, ["expand"])
        const charge = state.charges.get(m[1])
        if (!charge) throw notFound("charge", m[1])
        return { status: 200, body: structuredClone(charge) }
      },
    },
    { method: "POST", pattern: /^\/v1\/refunds$/, run: (ctx, p) => createRefund(ctx, p) },
    {
      method: "GET",
      pattern: /^\/v1\/refunds\/([^/]+)$/,
      run: (_ctx, p, m) => {
        allowOnly(p, ["expand"])
        const refund = state.refunds.get(m[1])
        if (!refund) throw notFound("refund", m[1])
        return { status: 200, body: structuredClone(refund) }
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/refunds$/,
      run: (_ctx, p) => {
        allowOnly(p, ["charge", "payment_intent", "limit", "expand", "starting_after", "ending_before", "created"])
        const pi = stringParam(p, "payment_intent")
        const charge = stringParam(p, "charge")
        const data = [...state.refunds.values()]
          .filter((r) => (!pi || r.payment_intent === pi) && (!charge || r.charge === charge))
          .reverse()
        return { status: 200, body: list("/v1/refunds", structuredClone(data)) }
      },
    },
    { method: "POST", pattern: /^\/v1\/customers$/, run: (ctx, p) => createCustomer(ctx, p) },
    {
      method: "GET",
      pattern: /^\/v1\/customers\/([^/]+)$/,
      run: (_ctx, p, m) => {
        allowOnly(p, ["expand"])
        return { status: 200, body: structuredClone(getCustomer(m[1])) }
      },
    },
    {
      method: "POST",
      pattern: /^\/v1\/customers\/([^/]+)$/,
      run: (_ctx, p, m) => {
        allowOnly(p, CUSTOMER_PARAMS)
        const customer = getCustomer(m[1])
        applyCustomer(customer, p)
        return { status: 200, body: structuredClone(customer) }
      },
    },
    {
      method: "DELETE",
      pattern: /^\/v1\/customers\/([^/]+)$/,
      run: (_ctx, _p, m) => {
        const customer = getCustomer(m[1])
        customer.deleted = true
        return { status: 200, body: { id: customer.id, object: "customer", deleted: true } }
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/customers\/([^/]+)\/payment_methods$/,
      run: (_ctx, p, m) => {
        allowOnly(p, ["limit", "type", "expand", "starting_after", "ending_before"])
        const customer = getCustomer(m[1])
        const data = [...state.paymentMethods.values()].filter((pm) => pm.customer === customer.id)
        return { status: 200, body: list(`/v1/customers/${customer.id}/payment_methods`, structuredClone(data)) }
      },
    },
    {
      method: "GET",
      pattern: /^\/v1\/events\/([^/]+)$/,
      run: (_ctx, _p, m) => {
        const event = state.events.find((e) => e.id === m[1])
        if (!event) throw notFound("event", m[1])
        return { status: 200, body: structuredClone(event) }
      },
    },
  ]

  function authenticate(req: http.IncomingMessage): { key: string; kind: "secret" | "publishable" } {
    const header = req.headers.authorization ?? ""
    const match = /^Bearer (\S+)$/.exec(header) ?? /^Basic (\S+)$/.exec(header)
    if (!match) {
      throw new StripeFailure(
        401,
        { type: "invalid_request_error", message: "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')." },
        false
      )
    }
    const key = header.startsWith("Basic ") ? Buffer.from(match[1], "base64").toString().replace(/:$/, "") : match[1]
    if (/^(sk|rk)_test_\w+/.test(key)) return { key, kind: "secret" }
    if (/^pk_test_\w+/.test(key)) return { key, kind: "publishable" }
    throw new StripeFailure(
      401,
      { type: "invalid_request_error", message: `Invalid API Key provided: ${key.slice(0, 8)}${"*".repeat(Math.max(0, key.length - 12))}${key.slice(-4)} (this fake Stripe takes test keys only)` },
      false
    )
  }

  /** Params without the client_secret check's key, in a stable order, for idempotency. */
  function fingerprint(method: string, path: string, params: FormObject): string {
    const sort = (v: FormValue): unknown =>
      typeof v === "string" ? v : Array.isArray(v) ? v.map(sort) : Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]))
    return `${method} ${path} ${JSON.stringify(sort(params))}`
  }

  function handle(req: http.IncomingMessage, body: string): Answer & { headers: Record<string, string> } {
    const requestId = newId("req", 14)
    const url = new URL(req.url ?? "/", "http://fake-stripe")
    const method = (req.method ?? "GET").toUpperCase()
    const path = url.pathname
    const idempotencyKey = method === "POST" ? (req.headers["idempotency-key"] as string | undefined) : undefined
    const headers: Record<string, string> = {
      "request-id": requestId,
      "stripe-version": (req.headers["stripe-version"] as string | undefined) ?? FAKE_STRIPE_API_VERSION,
    }
    if (idempotencyKey) headers["idempotency-key"] = idempotencyKey
    let params: FormObject = {}
    let keyKind: "secret" | "publishable" = "secret"
    let replayed = false
    let answer: Answer
    try {
      const auth = authenticate(req)
      keyKind = auth.kind
      params = parseForm(method === "POST" ? body : url.search.slice(1))
      const stored = idempotencyKey ? idempotency.get(idempotencyKey) : undefined
      const print = fingerprint(method, path, params)
      if (stored) {
        if (stored.fingerprint !== print) {
          throw new StripeFailure(
            400,
            { type: "idempotency_error", message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.` },
            false
          )
        }
        replayed = true
        headers["idempotent-replayed"] = "true"
        answer = stored.answer
      } else {
        let match: RegExpMatchArray | null = null
        const route = routes.find((r) => r.method === method && (match = path.match(r.pattern)) !== null)
        if (!route || !match) {
          throw new StripeFailure(
            404,
            { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.` },
            false
          )
        }
        if (keyKind === "publishable") {
          if (!route.publishable) {
            throw new StripeFailure(401, { type: "invalid_request_error", message: "This API call cannot be made with a publishable API key. Please use a secret API key." }, false)
          }
          const pi = getIntent((match as RegExpMatchArray)[1])
          if (stringParam(params, "client_secret") !== pi.client_secret) {
            throw invalidRequest("The client_secret provided does not match the client_secret associated with the PaymentIntent.", { param: "client_secret" })
          }
        }
        const ctx: Context = { requestId, idempotencyKey, keyKind }
        try {
          answer = route.run(ctx, params, match)
          if (idempotencyKey) idempotency.set(idempotencyKey, { fingerprint: print, answer })
        } catch (error) {
          if (error instanceof StripeFailure && error.remember && idempotencyKey) {
            idempotency.set(idempotencyKey, { fingerprint: print, answer: { status: error.status, body: { error: error.error } } })
          }
          throw error
        }
      }
    } catch (error) {
      if (error instanceof StripeFailure) {
        answer = { status: error.status, body: { error: error.error } }
      } else if (error instanceof FormError) {
        answer = { status: 400, body: { error: { type: "invalid_request_error", message: error.message } } }
      } else {
        answer = { status: 500, body: { error: { type: "api_error", message: `Fake Stripe failed: ${(error as Error).message}` } } }
      }
    }
    state.requests.push({ method, path, params, keyKind, idempotencyKey, replayed, status: answer.status })
    return { ...answer, headers }
  }

  return { state, handle }
}

/** Starts the fake on 127.0.0.1 (port 0: any free port). */
export async function startFakeStripe(options: { port?: number } = {}): Promise<FakeStripe> {
  const fake = createFakeStripe()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const answer = fake.handle(req, Buffer.concat(chunks).toString("utf8"))
      const payload = JSON.stringify(answer.body)
      res.writeHead(answer.status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(payload),
        ...answer.headers,
      })
      res.end(payload)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    host: "127.0.0.1",
    port,
    protocol: "http",
    state: fake.state,
    eventsFor: (objectId, type) =>
      fake.state.events.filter((e) => e.data.object.id === objectId && (type === undefined || e.type === type)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
