import fs from "fs"
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  MAX_ADJUSTMENT_YUAN,
  MAX_ADMIN_LIST_LIMIT,
  MAX_BANK_NAME_LENGTH,
  MAX_BATCH_BODY_BYTES,
  MAX_BODY_BYTES,
  MAX_AWARD_YEAR,
  MAX_CODE_LENGTH,
  MAX_CONTEST_NAME_LENGTH,
  MAX_TRAINING_CAPACITY,
  MIN_AWARD_YEAR,
  AWARD_LEVELS,
  AWARD_SUBJECTS,
  MAX_EMAIL_LENGTH,
  MAX_FIELDS_LENGTH,
  MAX_FILTER_VALUES,
  MAX_HANDLE_LENGTH,
  MAX_LINES,
  MAX_LIST_LIMIT,
  MAX_LIST_OFFSET,
  MAX_MAKER_WEIGHT,
  MAX_MAKERS_PER_PRODUCT,
  MAX_MONTHLY_GOAL_YUAN,
  MAX_PAYOUT_ACCOUNT_LENGTH,
  MAX_PAYOUT_ACCOUNT_NAME_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PAYMENT_REFERENCE_LENGTH,
  MAX_PAYOUT_YUAN,
  MAX_ADVANCE_YUAN,
  MAX_PHONE_LENGTH,
  MAX_PIECE_RATE_YUAN,
  MAX_QUANTITY,
  MAX_REASON_LENGTH,
  MAX_SEARCH_LENGTH,
  MAX_SHARE_PERCENT,
  MAX_SKILL_LENGTH,
  MAX_SKILLS,
  MAX_STORY_LENGTH,
  MAX_URL_LENGTH,
  MAX_WORKSHOPS_PER_COORDINATOR,
  PAYOUT_METHODS,
  APPLICATION_STATES,
  MAX_APPLICATION_TEXT_LENGTH,
  MAX_OPENING_DESCRIPTION_LENGTH,
  MAX_OPENING_PIECE_TYPES,
  MAX_OPENING_POSITIONS,
  MAX_OPENING_TITLE_LENGTH,
  OPENING_PLACES,
} from "@jinxiu/workshop/domain"
import { ARTISAN_PASSWORD, adminHeaders, createArtisan, createCoordinator, createPieceType, createWorkshop, publishableKeyHeaders } from "../helpers"
import { useWorkshopClock } from "../helpers/clock"
import { changedTables, snapshotTables, watchedTables, type DbSnapshot } from "../helpers/db-snapshot"
import {
  describeSegment,
  invalidBodyField,
  invalidBodyShape,
  invalidQueryValue,
  MALFORMED_JSON,
  PATH_POISON,
  QUERY_POISON,
  queryValue,
  Ref,
  segmentOnWire,
  validBody,
  type Fields,
  type Kind,
  type Poisoned,
  type Segment,
} from "../helpers/fuzz"
import { rawClient, type RawResponse } from "../helpers/raw-http"
import { discoverRoutes, routeKey } from "../helpers/route-tree"

/**
 * A property-based fuzzer (fast-check) over every route of ours, found from the route tree (so a
 * route added later is fuzzed without touching this file), and a few of Medusa's own.
 *
 * Each case sends one request with the right auth for its tree (admin token, coordinator and
 * artisan bearers, the publishable key for /store) and AT LEAST ONE INVALID VALUE, so every case
 * must be refused: a path parameter no record has or no route takes; a body field of the wrong
 * type or value (NUL, lone surrogates, 100,000 characters, wrong types, numbers at the limits,
 * 2026-02-30, ids of nothing such as `__proto__`…); a body of the wrong shape (unknown or
 * prototype keys, a list, up to 800 levels deep, not JSON, the wrong content type or encoding,
 * over the size cap); a query value a route's validator refuses (or a NUL, which every route
 * refuses); a bad Idempotency-Key; or no (or another tree's) login. Routes we know get values for their
 * own fields (ROUTES below: the valid values are the setup's real records, so the one bad value is
 * what must be refused); a route not in the table gets generic bodies (every body with a key no
 * route takes, which a strict validator refuses) and path and query poison.
 *
 * What must hold, for every case:
 * 1. no 5xx, and no 2xx/3xx either (every case has something wrong in it);
 * 2. nothing written: each table our migrations create (and the login tables) has the same rows,
 *    hashed, after each route's cases as before them;
 * 3. a 4xx names what was wrong: a `field` (or `errors[].field`), or a message that starts with the
 *    field's name (`story_zh: …`, `Invalid request: story_zh: …`, `Line 1, quantity: …`) or names
 *    it the way Medusa's validator does (`… for field 'x'`, `Unrecognized fields: 'x'`). Except:
 *    - 401/403 without a field when the case's bad value is its login;
 *    - 404 without a field when the bad value is a path parameter or an id that names nothing
 *      (it is the honest answer: "no such record"; Express's "Cannot POST" for a path that
 *      matches no route is one too);
 *    - 431/414 without a body when the request line is longer than Node reads (16 KB): Node
 *      refuses it before any route runs.
 * Query keys like `__proto__` and `constructor` are not poison: the query parser drops them, so
 * the route never sees them (see UNKNOWN_QUERY_KEYS).
 *
 * Seeded and reproducible: the seed (FUZZ_SEED, default below) is in the test's name and in every
 * failure; each route draws its cases from the seed and its own key, so adding a route doesn't
 * change another's cases. Run one file: `npx vitest run integration-tests/http/fuzz.test.ts`;
 * replay with `FUZZ_SEED=<seed> npx vitest run integration-tests/http/fuzz.test.ts`; set
 * FUZZ_REPORT=<file> to get every failure in a file (the assertion shows the first 40), and
 * FUZZ_VERBOSE=1 as well to have every case and its answer in it.
 */

const DEFAULT_SEED = 20261204
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED
const MIN_CASES = 2000
const WRITE_CASES_PER_ROUTE = 70
const READ_CASES_PER_ROUTE = 40
const CONCURRENCY = 4

const calendar = useWorkshopClock()

// ---------------------------------------------------------------------------------------------
// What each route of ours takes (the validators in plugins/workshop/src/api/**/validators.ts)

const mustExist = (ref?: string): Kind => ({ t: "id", ref, mustExist: true })
const FILTER_ID: Kind = { t: "id", mustExist: false }
const NAME: Kind = { t: "text", max: MAX_NAME_LENGTH }
const STORY: Kind = { t: "story", max: MAX_STORY_LENGTH }
const DATE: Kind = { t: "date" }
const MONTH: Kind = { t: "month" }
const ARTISAN_STATUS: Kind = { t: "enum", values: ["active", "paused", "left"] }
const PAYOUT_METHOD: Kind = { t: "enum", values: [...PAYOUT_METHODS] }
const PAYOUT_RUN_SCOPE: Kind = { t: "choice", valid: ["owed", calendar.lastMonth], invalid: ["all", "2026-13", "owed ", "", "2026-6"] }
const filterList = (of: Kind): Kind => ({ t: "list", of, max: MAX_FILTER_VALUES })
const QUESTION_STATUS: Kind = { t: "enum", values: ["open", "resolved"] }
const resolveQuestionFields: Fields = {
  resolution: { k: { t: "enum", values: ["answer", "correction"] }, required: true },
  note: { k: { t: "text", max: MAX_NOTE_LENGTH }, required: true },
  reverse_entry: { k: { t: "bool" } },
  adjustment: {
    k: {
      t: "object",
      fields: {
        kind: { k: { t: "enum", values: ["bonus", "deduction"] }, required: true },
        amount: { k: { t: "yuan", max: MAX_ADJUSTMENT_YUAN, positive: true, strings: true }, required: true },
      },
    },
    nullable: true,
  },
}
// (a well-formed field name that doesn't exist is ignored by Medusa's query, not refused)
const FIELDS: Kind = { t: "choice", valid: ["id", "id,created_at"], invalid: ["id;drop", "$where", "id)", "%", "x".repeat(MAX_FIELDS_LENGTH + 1)] }
const ORDER: Kind = { t: "choice", valid: ["id", "-id"], invalid: ["id;drop", "-", "a..b", " id", "id desc", "nonexistent_field", "workshop.handle", "x".repeat(MAX_FIELDS_LENGTH + 1)] }
const SELECT: Fields = { fields: { k: FIELDS } }
const findParams = (maxLimit = MAX_ADMIN_LIST_LIMIT): Fields => ({
  fields: { k: FIELDS },
  limit: { k: { t: "int", min: 1, max: maxLimit } },
  offset: { k: { t: "int", min: 0, max: MAX_LIST_OFFSET } },
  order: { k: ORDER },
  with_deleted: { k: { t: "boolString" } },
})
const paging = (maxLimit: number): Fields => ({
  limit: { k: { t: "int", min: 1, max: maxLimit } },
  offset: { k: { t: "int", min: 0, max: MAX_LIST_OFFSET } },
})

const artisanFields = (create: boolean): Fields => ({
  workshop_id: { k: mustExist("workshop"), required: create },
  display_name: { k: NAME, required: create },
  legal_name: { k: NAME, required: create },
  phone: { k: { t: "phone" }, required: create },
  joined_on: { k: DATE, required: create },
  left_on: { k: DATE, nullable: true },
  skills: { k: { t: "list", of: { t: "text", max: MAX_SKILL_LENGTH }, max: MAX_SKILLS }, nullable: true },
  status: { k: ARTISAN_STATUS },
  public_profile: { k: { t: "bool" } },
  story_zh: { k: STORY, nullable: true },
  story_en: { k: STORY, nullable: true },
  photo_url: { k: { t: "text", max: MAX_URL_LENGTH }, nullable: true },
  monthly_goal: { k: { t: "yuan", max: MAX_MONTHLY_GOAL_YUAN }, nullable: true },
  password: { k: { t: "password" }, required: create },
})
const workshopFields = (create: boolean): Fields => ({
  handle: { k: { t: "handle" }, required: create },
  name_zh: { k: NAME, required: create },
  name_en: { k: NAME, required: create },
  city_zh: { k: NAME, required: create },
  city_en: { k: NAME, required: create },
  district_zh: { k: { t: "story", max: MAX_NAME_LENGTH }, nullable: true },
  district_en: { k: { t: "story", max: MAX_NAME_LENGTH }, nullable: true },
  story_zh: { k: STORY, nullable: true },
  story_en: { k: STORY, nullable: true },
  founded_year: { k: { t: "int", min: 1900, max: 2100 }, nullable: true },
  is_active: { k: { t: "bool" } },
})
const workshopIds: Kind = { t: "list", of: mustExist("workshop"), max: MAX_WORKSHOPS_PER_COORDINATOR, validLength: 1 }
const rateFields: Fields = {
  effective_from: { k: DATE, required: true },
  rate_a: { k: { t: "yuan", max: MAX_PIECE_RATE_YUAN }, required: true },
  rate_b: { k: { t: "yuan", max: MAX_PIECE_RATE_YUAN }, required: true },
  confirm_zero: { k: { t: "bool" } },
}
const workLine: Fields = {
  artisan_id: { k: mustExist("artisan"), required: true },
  piece_type_id: { k: mustExist("pieceType"), required: true },
  quantity: { k: { t: "int", min: 1, max: MAX_QUANTITY }, required: true },
  grade: { k: { t: "enum", values: ["A", "B", "R"] }, required: true },
  work_date: { k: DATE, required: true },
  note: { k: { t: "story", max: MAX_NOTE_LENGTH }, nullable: true },
}

// training and awards (issue 12)
const SKILL_CODE: Kind = { t: "choice", valid: ["couching", "seed_stitch"], invalid: ["Couching", "seed stitch", "盘金", "", "x".repeat(MAX_CODE_LENGTH + 1)] }
/** Places at a session: women and applicants by id (at least one of the two). */
const trainingRegistrationFields: Fields = {
  artisan_ids: { k: { t: "list", of: mustExist("artisan"), max: MAX_TRAINING_CAPACITY, min: 0, validLength: 1 } },
  application_ids: { k: { t: "list", of: mustExist(), max: MAX_TRAINING_CAPACITY, min: 0, validLength: 0 } },
}
const trainingSessionFields = (create: boolean): Fields => ({
  topic_zh: { k: NAME, required: create },
  topic_en: { k: NAME, required: create },
  skill_code: { k: SKILL_CODE, required: create },
  date: { k: DATE, required: create },
  place_zh: { k: NAME, required: create },
  place_en: { k: NAME, required: create },
  trainer: { k: NAME, required: create },
  workshop_id: { k: mustExist("workshop"), nullable: true },
  village_zh: { k: NAME, nullable: true },
  village_en: { k: NAME, nullable: true },
  capacity: { k: { t: "int", min: 1, max: MAX_TRAINING_CAPACITY }, required: create },
})
const CONTEST: Kind = { t: "text", max: MAX_CONTEST_NAME_LENGTH }
const awardFields = (create: boolean): Fields => ({
  contest_zh: { k: CONTEST, required: create },
  contest_en: { k: CONTEST, required: create },
  year: { k: { t: "int", min: MIN_AWARD_YEAR, max: MAX_AWARD_YEAR }, required: create },
  level: { k: { t: "enum", values: AWARD_LEVELS }, required: create },
  category_zh: { k: CONTEST, nullable: true },
  category_en: { k: CONTEST, nullable: true },
  subject_type: { k: { t: "enum", values: AWARD_SUBJECTS }, required: create },
  subject_id: { k: FILTER_ID, required: create },
})

// mama-post openings and applications (issue 12)
const OPENING_TEXT: Kind = { t: "text", max: MAX_OPENING_TITLE_LENGTH }
const openingFields = (create: boolean): Fields => ({
  ...(create ? { workshop_id: { k: mustExist("workshop"), required: true } } : {}),
  title_zh: { k: OPENING_TEXT, required: create },
  title_en: { k: OPENING_TEXT, required: create },
  description_zh: { k: { t: "story", max: MAX_OPENING_DESCRIPTION_LENGTH }, nullable: true },
  description_en: { k: { t: "story", max: MAX_OPENING_DESCRIPTION_LENGTH }, nullable: true },
  piece_type_ids: { k: { t: "list", of: mustExist("pieceType"), max: MAX_OPENING_PIECE_TYPES, validLength: 1 }, required: create },
  place: { k: { t: "enum", values: OPENING_PLACES }, required: create },
  district_zh: { k: NAME, required: create },
  district_en: { k: NAME, required: create },
  town_zh: { k: NAME, nullable: true },
  town_en: { k: NAME, nullable: true },
  hours_zh: { k: OPENING_TEXT, required: create },
  hours_en: { k: OPENING_TEXT, required: create },
  positions: { k: { t: "int", min: 1, max: MAX_OPENING_POSITIONS }, required: create },
  status: { k: { t: "enum", values: ["open", "closed"] } },
})
const APPLICATION_TEXT: Kind = { t: "text", max: MAX_APPLICATION_TEXT_LENGTH }
const listApplicationsQuery: Fields = {
  workshop_id: { k: filterList(FILTER_ID) },
  opening_id: { k: filterList(FILTER_ID) },
  status: { k: filterList({ t: "enum", values: APPLICATION_STATES }) },
  ...paging(500),
}
const moveApplicationFields: Fields = {
  status: { k: { t: "enum", values: APPLICATION_STATES }, required: true },
  note: { k: { t: "story", max: MAX_NOTE_LENGTH }, nullable: true },
}

type RouteSpec = {
  /** the body's fields; {} for a route that takes no body */
  body?: Fields
  /** the query's fields, when the route's query validator refuses unknown keys */
  query?: Fields
  /** the query validator ignores unknown keys (Medusa's admin product list) */
  looseQuery?: boolean
  /** records that make each path parameter valid ("no…": none exists) */
  params?: Record<string, string>
  /** a header the route needs (Idempotency-Key), valid, and values it refuses */
  header?: { name: string; valid: (i: number) => string; invalid: string[] }
}

const ROUTES: Record<string, RouteSpec> = {
  // admin
  "GET /admin/adjustments": {
    query: { workshop_id: { k: FILTER_ID }, period: { k: MONTH }, ...paging(200) },
  },
  "POST /admin/adjustments": {
    body: {
      artisan_id: { k: mustExist("artisan"), required: true },
      kind: { k: { t: "enum", values: ["bonus", "deduction"] }, required: true },
      amount: { k: { t: "yuan", max: MAX_ADJUSTMENT_YUAN, positive: true, strings: true }, required: true },
      reason: { k: { t: "text", max: MAX_REASON_LENGTH }, required: true },
      period: { k: MONTH },
    },
  },
  "GET /admin/artisans": {
    query: { ...findParams(), id: { k: filterList(FILTER_ID) }, workshop_id: { k: filterList(FILTER_ID) }, status: { k: filterList(ARTISAN_STATUS) }, q: { k: { t: "story", max: MAX_SEARCH_LENGTH } } },
  },
  "POST /admin/artisans": { body: artisanFields(true), query: SELECT },
  "GET /admin/artisans/:id": { query: SELECT, params: { id: "artisan" } },
  "POST /admin/artisans/:id": { body: artisanFields(false), query: SELECT, params: { id: "artisan" } },
  "POST /admin/artisans/:id/reset-password": { body: {}, params: { id: "artisan" } },
  "GET /admin/artisans/:id/payout-details": { query: {}, params: { id: "artisan" } },
  "POST /admin/artisans/:id/payout-details": {
    body: {
      method: { k: PAYOUT_METHOD, required: true },
      account_name: { k: { t: "text", max: MAX_PAYOUT_ACCOUNT_NAME_LENGTH }, required: true },
      account: { k: { t: "text", max: MAX_PAYOUT_ACCOUNT_LENGTH }, nullable: true },
      bank_name: { k: { t: "text", max: MAX_BANK_NAME_LENGTH }, nullable: true },
    },
    query: {},
    params: { id: "artisan" },
  },
  "GET /admin/artisans/:id/advances": { query: {}, params: { id: "artisan" } },
  "POST /admin/artisans/:id/advances": {
    body: {
      method: { k: PAYOUT_METHOD, required: true },
      amount: { k: { t: "yuan", max: MAX_ADVANCE_YUAN, positive: true, strings: true }, required: true },
      reason: { k: { t: "text", max: MAX_REASON_LENGTH }, required: true },
      reference: { k: { t: "text", max: MAX_PAYMENT_REFERENCE_LENGTH }, nullable: true },
      paid_on: { k: DATE },
    },
    query: {},
    params: { id: "artisan" },
    header: { name: "idempotency-key", valid: (i) => `fuzz-advance-${SEED}-${i}`, invalid: ["", "short", "has spaces in it", "x".repeat(129), "key/with/slashes", "semi;colon;key"] },
  },
  "GET /admin/coordinators": {
    query: { ...findParams(), id: { k: filterList(FILTER_ID) }, email: { k: filterList({ t: "story", max: MAX_EMAIL_LENGTH }) } },
  },
  "POST /admin/coordinators": {
    body: {
      email: { k: { t: "email" }, required: true },
      name: { k: NAME, required: true },
      phone: { k: { t: "text", max: MAX_PHONE_LENGTH }, nullable: true },
      password: { k: { t: "password" }, required: true },
      workshop_ids: { k: workshopIds, required: true },
    },
    query: SELECT,
  },
  "GET /admin/coordinators/:id": { query: SELECT, params: { id: "coordinator" } },
  "POST /admin/coordinators/:id": {
    body: {
      name: { k: NAME },
      phone: { k: { t: "text", max: MAX_PHONE_LENGTH }, nullable: true },
      workshop_ids: { k: workshopIds },
      password: { k: { t: "password" } },
    },
    query: SELECT,
    params: { id: "coordinator" },
  },
  "GET /admin/periods": {},
  "POST /admin/periods/:period/close": { body: { reason: { k: { t: "text", max: MAX_REASON_LENGTH } } }, params: { period: "lastMonth" } },
  "GET /admin/questions": { query: { workshop_id: { k: filterList(FILTER_ID) }, period: { k: MONTH }, status: { k: QUESTION_STATUS }, ...paging(500) } },
  // no question in the fuzz's data: every case names one that doesn't exist
  "POST /admin/questions/:id/resolve": { body: resolveQuestionFields, params: { id: "noQuestion" } },
  "POST /admin/periods/:period/pay": {
    body: { payment_reference: { k: { t: "text", max: MAX_PAYMENT_REFERENCE_LENGTH }, required: true }, paid_at: { k: { t: "datetime" } }, method: { k: PAYOUT_METHOD } },
    params: { period: "lastMonth" },
  },
  "GET /admin/periods/:period/payouts": { query: {}, params: { period: "lastMonth" } },
  "GET /admin/payout-runs": { query: { period: { k: PAYOUT_RUN_SCOPE, required: true } } },
  "GET /admin/payout-runs/export": { query: { period: { k: PAYOUT_RUN_SCOPE, required: true }, method: { k: PAYOUT_METHOD, required: true } } },
  "POST /admin/payout-runs/import": {
    body: {
      method: { k: PAYOUT_METHOD, required: true },
      paid_on: { k: DATE },
      // a results file with no lines is itself refused (csv: …), so every case is
      csv: { k: { t: "choice", valid: ["line_key,status\n"], invalid: ["", "line_key,status\nx,paid\n", "状态\n\uFFFD", "\"open"] }, required: true },
    },
  },
  "GET /admin/statements/:id/slip": { query: {}, params: { id: "noStatement" } },
  "POST /admin/statements/:id/payouts": {
    body: {
      method: { k: PAYOUT_METHOD, required: true },
      amount: { k: { t: "yuan", max: MAX_PAYOUT_YUAN, positive: true, strings: true }, required: true },
      reference: { k: { t: "text", max: MAX_PAYMENT_REFERENCE_LENGTH }, nullable: true },
      paid_on: { k: DATE },
    },
    // no statement in the fuzz's data: every case names one that doesn't exist
    params: { id: "noStatement" },
    header: { name: "idempotency-key", valid: (i) => `fuzz-payout-${SEED}-${i}`, invalid: ["", "short", "has spaces in it", "x".repeat(129), "key/with/slashes", "semi;colon;key"] },
  },
  "POST /admin/payouts/:id/fail": { body: { reason: { k: { t: "text", max: MAX_REASON_LENGTH }, required: true }, failed_on: { k: DATE } }, params: { id: "noPayout" } },
  "GET /admin/periods/:period/preview": { params: { period: "lastMonth" } },
  "GET /admin/periods/:period/statements": { query: { format: { k: { t: "enum", values: ["json", "csv"] } } }, params: { period: "lastMonth" } },
  "GET /admin/piece-types": {
    query: { ...findParams(), id: { k: filterList(FILTER_ID) }, workshop_id: { k: filterList(FILTER_ID) }, kind: { k: { t: "enum", values: ["product_variant", "task"] } }, is_active: { k: { t: "boolString" } } },
  },
  "POST /admin/piece-types": {
    body: {
      workshop_id: { k: mustExist("workshop"), required: true },
      code: { k: { t: "text", max: MAX_CODE_LENGTH }, required: true },
      name_zh: { k: NAME, required: true },
      name_en: { k: NAME, required: true },
      kind: { k: { t: "enum", values: ["task"] } },
      is_active: { k: { t: "bool" } },
      rate: { k: { t: "object", fields: rateFields } },
    },
    query: SELECT,
  },
  "GET /admin/piece-types/:id": { query: SELECT, params: { id: "pieceType" } },
  "POST /admin/piece-types/:id": {
    body: { code: { k: { t: "text", max: MAX_CODE_LENGTH } }, name_zh: { k: NAME }, name_en: { k: NAME }, is_active: { k: { t: "bool" } }, required_skill: { k: SKILL_CODE, nullable: true } },
    query: SELECT,
    params: { id: "pieceType" },
  },
  "POST /admin/piece-types/:id/rates": { body: rateFields, query: SELECT, params: { id: "pieceType" } },
  "GET /admin/skills": { query: paging(MAX_ADMIN_LIST_LIMIT) },
  "POST /admin/skills": { body: { code: { k: SKILL_CODE, required: true }, name_zh: { k: NAME, required: true }, name_en: { k: NAME, required: true } } },
  "GET /admin/training-sessions": { query: { workshop_id: { k: FILTER_ID }, from: { k: DATE }, to: { k: DATE }, ...paging(MAX_ADMIN_LIST_LIMIT) } },
  "POST /admin/training-sessions": { body: trainingSessionFields(true) },
  // no training session in the fuzz's data: every case names one that doesn't exist
  "POST /admin/training-sessions/:id": { body: trainingSessionFields(false), params: { id: "noTrainingSession" } },
  "POST /admin/training-sessions/:id/registrations": { body: trainingRegistrationFields, params: { id: "noTrainingSession" } },
  "DELETE /admin/training-sessions/:id/registrations/:registration_id": { params: { id: "noTrainingSession", registration_id: "noRegistration" } },
  "GET /admin/awards": { query: { subject_type: { k: { t: "enum", values: AWARD_SUBJECTS } }, subject_id: { k: FILTER_ID }, ...paging(MAX_ADMIN_LIST_LIMIT) } },
  "POST /admin/awards": { body: awardFields(true) },
  "POST /admin/awards/:id": { body: awardFields(false), params: { id: "noAward" } },
  "DELETE /admin/awards/:id": { params: { id: "noAward" } },
  "GET /admin/products/:id/makers": { params: { id: "product" } },
  "POST /admin/products/:id/makers": {
    body: {
      share_percent: { k: { t: "number", min: 0, max: MAX_SHARE_PERCENT }, required: true },
      makers: {
        k: {
          t: "list",
          of: { t: "object", fields: { artisan_id: { k: mustExist("artisan"), required: true }, weight: { k: { t: "int", min: 1, max: MAX_MAKER_WEIGHT } } } },
          max: MAX_MAKERS_PER_PRODUCT,
          validLength: 1,
        },
        required: true,
      },
    },
    params: { id: "product" },
  },
  "GET /admin/workshop-summary": { query: { month: { k: MONTH } } },
  "GET /admin/openings": { query: { workshop_id: { k: filterList(FILTER_ID) }, status: { k: { t: "enum", values: ["open", "closed"] } }, ...paging(500) } },
  "POST /admin/openings": { body: openingFields(true) },
  "POST /admin/openings/:id": { body: openingFields(false), params: { id: "opening" } },
  "GET /admin/applications": { query: listApplicationsQuery },
  // no application in the fuzz's data: every case names one that doesn't exist
  "POST /admin/applications/:id/move": { body: moveApplicationFields, params: { id: "noApplication" } },
  "POST /admin/applications/:id/hire": { body: { note: { k: { t: "story", max: MAX_NOTE_LENGTH }, nullable: true } }, params: { id: "noApplication" } },
  "GET /admin/workshops": {
    query: { ...findParams(), id: { k: filterList(FILTER_ID) }, handle: { k: filterList({ t: "story", max: MAX_HANDLE_LENGTH }) }, is_active: { k: { t: "boolString" } } },
  },
  "POST /admin/workshops": { body: workshopFields(true), query: SELECT },
  "GET /admin/workshops/:id": { query: SELECT, params: { id: "workshop" } },
  "POST /admin/workshops/:id": { body: workshopFields(false), query: SELECT, params: { id: "workshop" } },
  // artisan
  "GET /artisan/earnings": { query: { from: { k: MONTH }, to: { k: MONTH } } },
  "GET /artisan/earnings/:period": { params: { period: "lastMonth" } },
  "GET /artisan/me": {},
  "GET /artisan/me/training": { query: {} },
  "POST /artisan/me/goal": { body: { monthly_goal: { k: { t: "yuan", max: MAX_MONTHLY_GOAL_YUAN }, required: true, nullable: true } } },
  "POST /artisan/me/password": {
    body: { current_password: { k: { t: "password", valid: ARTISAN_PASSWORD }, required: true }, new_password: { k: { t: "password" }, required: true } },
  },
  "GET /artisan/statements": {},
  "GET /artisan/payouts": { query: {} },
  "GET /artisan/questions": { query: { period: { k: MONTH } } },
  "POST /artisan/questions": {
    body: {
      period: { k: MONTH, required: true },
      ledger_entry_id: { k: FILTER_ID, nullable: true },
      reason: { k: { t: "enum", values: ["quantity_wrong", "grade_wrong", "missing_work", "other"] }, required: true },
      note: { k: { t: "story", max: MAX_NOTE_LENGTH }, nullable: true },
    },
    header: { name: "idempotency-key", valid: (i) => `fuzz-question-${SEED}-${i}`, invalid: ["", "short", "has spaces in it", "x".repeat(129), "key/with/slashes", "semi;colon;key"] },
  },
  "POST /artisan/earnings/:period/confirm": { body: {}, params: { period: "lastMonth" } },
  "GET /artisan/statements/:id/slip": { query: {}, params: { id: "noStatement" } },
  // coordinator
  "GET /coordinator/artisans": {
    query: { ...paging(500), workshop_id: { k: filterList(FILTER_ID) }, status: { k: filterList(ARTISAN_STATUS) }, q: { k: { t: "story", max: MAX_SEARCH_LENGTH } } },
  },
  "GET /coordinator/artisans/:id": { query: {}, params: { id: "artisan" } },
  "GET /coordinator/artisans/:id/earnings/:period": { query: {}, params: { id: "artisan", period: "lastMonth" } },
  "POST /coordinator/artisans/:id/reset-password": { body: {}, params: { id: "artisan" } },
  "GET /coordinator/day-summary": { query: { date: { k: DATE } } },
  "GET /coordinator/me": {},
  "GET /coordinator/questions": { query: { status: { k: QUESTION_STATUS }, period: { k: MONTH }, workshop_id: { k: filterList(FILTER_ID) }, ...paging(200) } },
  "POST /coordinator/questions/:id/resolve": { body: resolveQuestionFields, params: { id: "noQuestion" } },
  "GET /coordinator/piece-types": { query: { ...paging(500), workshop_id: { k: filterList(FILTER_ID) } } },
  "GET /coordinator/summary": { query: { month: { k: MONTH } } },
  "GET /coordinator/statements": { query: { period: { k: MONTH, required: true } } },
  "GET /coordinator/statements/:id/slip": { query: {}, params: { id: "noStatement" } },
  "GET /coordinator/work-entries": {
    query: { date: { k: DATE }, from: { k: DATE }, to: { k: DATE }, artisan_id: { k: FILTER_ID }, ...paging(MAX_LIST_LIMIT) },
  },
  "POST /coordinator/work-entries": {
    body: { lines: { k: { t: "list", of: { t: "object", fields: workLine }, max: MAX_LINES, min: 1, validLength: 1 }, required: true } },
    header: { name: "idempotency-key", valid: (i) => `fuzz-batch-${SEED}-${i}`, invalid: ["", "short", "has spaces in it", "x".repeat(129), "key/with/slashes", "semi;colon;key"] },
  },
  "POST /coordinator/work-entries/:id/reverse": {
    body: { reason: { k: { t: "text", max: MAX_REASON_LENGTH }, required: true }, confirm_period: { k: MONTH } },
    params: { id: "workEntry" },
  },
  "GET /coordinator/applications": { query: listApplicationsQuery },
  "POST /coordinator/applications/:id/move": { body: moveApplicationFields, params: { id: "noApplication" } },
  "POST /coordinator/applications/:id/hire": { body: { note: { k: { t: "story", max: MAX_NOTE_LENGTH }, nullable: true } }, params: { id: "noApplication" } },
  "GET /coordinator/training-sessions": { query: { from: { k: DATE }, to: { k: DATE }, ...paging(MAX_LIST_LIMIT) } },
  "POST /coordinator/training-sessions/:id/registrations": { body: trainingRegistrationFields, params: { id: "noTrainingSession" } },
  "DELETE /coordinator/training-sessions/:id/registrations/:registration_id": { params: { id: "noTrainingSession", registration_id: "noRegistration" } },
  "POST /coordinator/training-sessions/:id/attendance": {
    body: { artisan_ids: { k: { t: "list", of: mustExist("artisan"), max: MAX_TRAINING_CAPACITY, min: 1, validLength: 1 }, required: true } },
    params: { id: "noTrainingSession" },
    header: { name: "idempotency-key", valid: (i) => `fuzz-attendance-${SEED}-${i}`, invalid: ["", "short", "has spaces in it", "x".repeat(129)] },
  },
  // store
  "GET /store/impact": {},
  "GET /store/awards": { query: { subject_type: { k: { t: "enum", values: AWARD_SUBJECTS }, required: true }, subject_id: { k: FILTER_ID } } },
  "GET /store/makers/:id": { params: { id: "artisan" } },
  "GET /store/orders/:id/makers": { query: {}, params: { id: "noOrder" } },
  "GET /store/products/:id/makers": { params: { id: "product" } },
  "GET /store/workshops": { query: findParams() },
  "GET /store/product-search": { query: { q: { k: { t: "text", max: MAX_SEARCH_LENGTH }, required: true }, ...paging(100) } },
  "GET /store/workshops/:handle": { params: { handle: "workshopHandle" } },
  "GET /store/openings": { query: { district: { k: NAME }, at_home: { k: { t: "boolString" } }, school_hours: { k: { t: "boolString" } }, ...paging(200) } },
  "GET /store/openings/:id": { query: {}, params: { id: "opening" } },
  "POST /store/openings/:id/applications": {
    body: {
      name: { k: NAME, required: true },
      phone: { k: { t: "phone" }, required: true },
      town: { k: APPLICATION_TEXT, required: true },
      availability: { k: APPLICATION_TEXT, required: true },
      childcare_needs: { k: { t: "story", max: MAX_APPLICATION_TEXT_LENGTH }, nullable: true },
      // false is refused too (she must agree to be contacted): every case is refused anyway
      consent: { k: { t: "bool" }, required: true },
      locale: { k: { t: "enum", values: ["zh-CN", "en"] } },
    },
    params: { id: "opening" },
  },
  // no status link in the fuzz's data: every case names one that doesn't exist
  "GET /store/applications/:token": { query: {}, params: { token: "noToken" } },
}

/** Medusa's own routes fuzzed too (their query validators refuse unknown keys). */
const MEDUSA_ROUTES: Record<string, RouteSpec> = {
  "GET /store/products": { query: { limit: { k: { t: "int", min: 0, max: Number.MAX_SAFE_INTEGER } }, offset: { k: { t: "int", min: 0, max: Number.MAX_SAFE_INTEGER } } } },
  "GET /store/products/:id": { query: {}, params: { id: "product" } },
  "GET /admin/products": { looseQuery: true, query: { limit: { k: { t: "int", min: 0, max: Number.MAX_SAFE_INTEGER } }, offset: { k: { t: "int", min: 0, max: Number.MAX_SAFE_INTEGER } } } },
  "GET /admin/products/:id": { query: {}, params: { id: "product" } },
}

// ---------------------------------------------------------------------------------------------
// Cases

type Tree = "admin" | "coordinator" | "artisan" | "store"
const treeOf = (path: string): Tree =>
  path.startsWith("/admin") ? "admin" : path.startsWith("/coordinator") ? "coordinator" : path.startsWith("/artisan") ? "artisan" : "store"
const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"]

type Body =
  | { kind: "json"; value: unknown; contentType?: string; encoding?: string }
  | { kind: "text"; text: string; contentType: string; encoding?: string }
  | { kind: "bytes"; bytes: number }

type FuzzCase = {
  method: string
  route: string
  params: Record<string, Segment | Ref>
  query: string[]
  body?: Body
  headers: Record<string, string>
  auth: "right" | "none" | "other"
  /** what is wrong with it */
  why: string[]
  sites: Set<"path" | "unknownId" | "auth" | "size" | "body" | "query" | "header" | "url">
}

/**
 * Query keys no route takes. Not `__proto__`, `constructor`, `toString`…: the query parser drops
 * keys that name what every object has, so the route never sees them (nothing to refuse).
 */
const UNKNOWN_QUERY_KEYS = ["unexpected", "prototype", "$where", "fields[0]", "expand", "a.b.c"]

type Site = "field" | "shape" | "malformed" | "contentType" | "size" | "path" | "query" | "queryPoison" | "auth" | "header"

function caseArbitrary(method: string, route: string, spec: RouteSpec | undefined, index0: number): fc.Arbitrary<FuzzCase> {
  const isWrite = WRITE_METHODS.includes(method)
  const params = [...route.matchAll(/:(\w+)/g)].map((m) => m[1])
  const tree = treeOf(route)
  const bodyFields = spec?.body
  const sites: [Site, number][] = []
  if (isWrite && bodyFields && Object.keys(bodyFields).length) sites.push(["field", 10])
  if (isWrite) sites.push(["shape", 4], ["malformed", 1], ["contentType", 1], ["size", 1])
  if (params.length) sites.push(["path", 5])
  if (spec?.query) sites.push(["query", isWrite ? 1 : 8])
  sites.push(["queryPoison", 1])
  if (tree !== "store") sites.push(["auth", 1])
  if (spec?.header) sites.push(["header", 2])
  const site = fc.oneof(...sites.map(([name, weight]) => ({ weight, arbitrary: fc.constant(name) })))
  const goodBody: fc.Arbitrary<Record<string, unknown>> = bodyFields ? validBody(bodyFields) : fc.constant({})
  const goodQuery: fc.Arbitrary<Record<string, unknown>> = spec?.query && Object.keys(spec.query).length ? fc.subarray(Object.keys(spec.query), { maxLength: Math.min(2, Object.keys(spec.query).length) }).chain((keys) => (keys.length ? validBody(Object.fromEntries(keys.map((k) => [k, spec.query![k]]))) : fc.constant({}))) : fc.constant({})

  return fc
    .tuple(fc.uniqueArray(site, { minLength: 1, maxLength: 2 }), goodBody, goodQuery, fc.nat())
    .chain(([chosen, body, query, salt]) => {
      const poison: Record<string, fc.Arbitrary<Poisoned | Segment | unknown>> = {}
      if (chosen.includes("field")) poison.field = invalidBodyField(bodyFields!, body)
      if (chosen.includes("shape")) poison.shape = invalidBodyShape(fc.constant(body))
      if (chosen.includes("malformed")) poison.malformed = fc.constantFrom(...MALFORMED_JSON)
      if (chosen.includes("contentType")) poison.contentType = fc.constantFrom("text/plain", "urlencoded", "gzip", "deflate", "br-bogus", "latin1")
      // "" as the last segment is the list route (`/admin/artisans/`), a real route: not poison there
      if (chosen.includes("path")) poison.path = fc.constantFrom(...params).chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...PATH_POISON.filter((s) => !route.endsWith(`:${name}`) || !("text" in s) || s.text !== ""))))
      if (chosen.includes("query")) {
        const names = Object.keys(spec!.query!)
        poison.query = names.length
          ? fc.oneof(
              fc.constantFrom(...names).chain((name) => invalidQueryValue(spec!.query![name].k, name).map((bad) => ({ name, bad }))),
              ...(spec!.looseQuery ? [] : [fc.constantFrom(...UNKNOWN_QUERY_KEYS).map((name) => ({ name, bad: { value: "1", why: `query: an unknown key ${name}` } }))])
            )
          : fc.constantFrom(...UNKNOWN_QUERY_KEYS).map((name) => ({ name, bad: { value: "1", why: `query: ${name} where none is taken` } }))
      }
      if (chosen.includes("queryPoison")) poison.queryPoison = fc.constantFrom(...QUERY_POISON)
      if (chosen.includes("auth")) poison.auth = fc.constantFrom("none", "other")
      if (chosen.includes("header")) poison.header = fc.constantFrom(...spec!.header!.invalid)
      if (chosen.includes("size")) poison.size = fc.boolean()
      const keys = Object.keys(poison)
      return fc.tuple(...keys.map((k) => poison[k])).map((values) => {
        const p = Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<string, any>
        const c: FuzzCase = {
          method,
          route,
          params: Object.fromEntries(params.map((name) => [name, spec?.params?.[name] ? new Ref(spec.params[name]) : ({ text: "fuzz_01NOSUCHRECORD" } as Segment)])),
          query: Object.entries(query).flatMap(([k, v]) => queryValue(k, v)),
          headers: {},
          auth: "right",
          why: [],
          sites: new Set(),
        }
        // a route we know nothing of: its parameters name no record already
        if (params.some((name) => !spec?.params?.[name] || spec.params[name].startsWith("no"))) c.sites.add("unknownId")
        if (spec?.header) c.headers[spec.header.name] = spec.header.valid(index0 + salt)
        if (isWrite) c.body = { kind: "json", value: body }
        if (isWrite && !bodyFields) {
          // a route we don't know: a key no route takes, so a strict validator must refuse it
          c.body = { kind: "json", value: { ...body, [`fuzz_${salt % 1000}`]: salt % 2 ? "\u0000" : "value" } }
          c.why.push("body: a key the route doesn't know")
          c.sites.add("body")
        }
        if (p.field) {
          c.body = { kind: "json", value: p.field.value }
          c.why.push(p.field.why)
          c.sites.add("body")
          if (p.field.unknownId) c.sites.add("unknownId")
        }
        if (p.shape) {
          c.body = { kind: "json", value: p.shape.value }
          c.why.push(p.shape.why)
          c.sites.add("body")
        }
        if (p.malformed) {
          c.body = { kind: "text", text: p.malformed, contentType: "application/json" }
          c.why.push(`body: not JSON ${JSON.stringify(p.malformed)}`)
          c.sites.add("body")
        }
        if (p.contentType) {
          const json = JSON.stringify(body)
          if (p.contentType === "urlencoded") c.body = { kind: "text", text: `__fuzz=1&a[b][c]=2&${Object.keys(body)[0] ?? "x"}=1`, contentType: "application/x-www-form-urlencoded" }
          else if (p.contentType === "text/plain") c.body = { kind: "text", text: json, contentType: "text/plain" }
          else if (p.contentType === "latin1") c.body = { kind: "text", text: json, contentType: "application/json; charset=latin1" }
          else c.body = { kind: "text", text: json, contentType: "application/json", encoding: p.contentType }
          c.why.push(`body: sent as ${p.contentType}`)
          c.sites.add("body")
        }
        if (p.size !== undefined) {
          const cap = method === "POST" && route === "/coordinator/work-entries" ? MAX_BATCH_BODY_BYTES : MAX_BODY_BYTES
          c.body = { kind: "bytes", bytes: cap + 1 + (p.size ? 1000 : 0) }
          c.why.push(`body: ${cap + 1} bytes or more, over the cap`)
          c.sites.add("size")
        }
        if (p.path) {
          const [name, segment] = p.path as [string, Segment]
          c.params[name] = segment
          c.why.push(`path :${name}: ${describeSegment(segment)}`)
          c.sites.add("path")
        }
        if (p.query) {
          c.query.push(...queryValue(p.query.name, p.query.bad.value))
          c.why.push(p.query.bad.why)
          c.sites.add("query")
        }
        if (p.queryPoison) {
          c.query.push(...p.queryPoison.parts)
          c.why.push(p.queryPoison.why)
          c.sites.add("query")
        }
        if (p.auth) {
          c.auth = p.auth
          c.why.push(`auth: ${p.auth === "none" ? "no login" : "another tree's login"}`)
          c.sites.add("auth")
        }
        if (p.header !== undefined) {
          c.headers[spec!.header!.name] = p.header
          c.why.push(`header ${spec!.header!.name}: ${JSON.stringify(p.header.slice(0, 20))}`)
          c.sites.add("header")
        }
        return c
      })
    })
}

/** FNV-1a: a route's own seed from the run's seed and its key. */
function routeSeed(seed: number, key: string): number {
  let h = 0x811c9dc5 ^ seed
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}

// ---------------------------------------------------------------------------------------------
// Judging an answer

const FIELD_FIRST = /^(Invalid request: )?(Line \d+[,:] )?[A-Za-z_][\w.\[\]-]*( \(a key\))?: /
const MEDUSA_FIELD = /(for field '[^']+'|[Ff]ield '[^']+' is required|Value for field '[^']+'|Unrecognized fields: '[^']+')/

function namesAField(res: RawResponse): boolean {
  const data = res.data
  if (!data || typeof data !== "object") return false
  if (typeof data.field === "string" && data.field) return true
  if (Array.isArray(data.errors) && data.errors.some((e: any) => typeof e?.field === "string" && e.field)) return true
  const message = String(data.message ?? "")
  return FIELD_FIRST.test(message) || MEDUSA_FIELD.test(message)
}

/** What's wrong with the answer to a case, or null when it is what we promise. */
function judge(c: FuzzCase, res: RawResponse, requestLineLength: number): string | null {
  if (res.status >= 500) return `${res.status}: a server error`
  if (res.status < 400) return `${res.status}: accepted a request with ${c.why.join("; ")}`
  if (res.status === 401 || res.status === 403) return c.sites.has("auth") ? null : `${res.status} without a login problem`
  if (res.status === 404) return c.sites.has("path") || c.sites.has("unknownId") ? null : "404 though the path and ids are real"
  if (res.status === 431 || res.status === 414) return requestLineLength > 8000 ? null : `${res.status} for a ${requestLineLength}-byte request line`
  if (res.status === 413 && !c.sites.has("size") && !c.sites.has("body")) return "413 without a big body"
  return namesAField(res) ? null : `${res.status} names no field`
}

// ---------------------------------------------------------------------------------------------

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it(`answers every adversarial request 4xx naming the field, never 5xx, and writes nothing (fast-check, seed ${SEED})`, async () => {
      const started = Date.now()
      const container = getContainer()

      // the records the valid values name
      const store = await publishableKeyHeaders(container)
      const admin = await adminHeaders(container)
      const workshop = await createWorkshop(container)
      const pieceType = await createPieceType(container, { workshopId: workshop.id })
      const coordinator = await createCoordinator(api, container, { workshopIds: [workshop.id] })
      const her = await createArtisan(api, container, { workshopId: workshop.id, joined_on: "2024-01-01", public_profile: true })
      const [product] = await container.resolve(Modules.PRODUCT).createProducts([{ title: "金绣牡丹团扇", status: "published" as any }])
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.PRODUCT]: { product_id: product.id },
        [Modules.SALES_CHANNEL]: { sales_channel_id: store.salesChannelId },
      })
      const recorded = await api.post(
        "/coordinator/work-entries",
        { lines: [{ artisan_id: her.artisan.id, piece_type_id: pieceType.id, quantity: 2, grade: "A", work_date: calendar.today }] },
        { headers: { ...coordinator.headers.headers, "idempotency-key": `fuzz-setup-${SEED}` } }
      )
      const workEntryId: string = recorded.data.entries?.[0]?.id
      expect(workEntryId, JSON.stringify(recorded.data).slice(0, 300)).toBeTruthy()
      const opening = await (container.resolve("workshop") as any).createOpenings({
        workshop_id: workshop.id, title_zh: "扇面绣娘", title_en: "Fan-face embroiderer", piece_type_ids: [pieceType.id], place: "home",
        district_zh: "端州区", district_en: "Duanzhou", hours_zh: "上学时间", hours_en: "School hours", positions: 2,
      })
      const refs: Record<string, string> = {
        opening: opening.id,
        noApplication: "appl_01NOSUCHAPPLICATION000000",
        noToken: "A".repeat(43),
        artisan: her.artisan.id,
        coordinator: coordinator.coordinator.id,
        workshop: workshop.id,
        workshopHandle: workshop.handle,
        pieceType: pieceType.id,
        product: product.id,
        workEntry: workEntryId,
        lastMonth: calendar.lastMonth,
        noOrder: "order_01NOSUCHORDER0000000000000",
        noStatement: "stmt_01NOSUCHSTATEMENT00000000",
        noPayout: "pout_01NOSUCHPAYOUT000000000000",
        noQuestion: "sq_01NOSUCHQUESTION0000000000",
        noTrainingSession: "trs_01NOSUCHSESSION00000000000",
        noAward: "awd_01NOSUCHAWARD0000000000000",
        noRegistration: "trreg_01NOSUCHREGISTRATION0000",
      }
      const authHeaders: Record<Tree, Record<string, string>> = {
        admin: admin.headers,
        coordinator: coordinator.headers.headers,
        artisan: her.headers.headers,
        store: store.headers,
      }
      const otherTree: Record<Tree, Tree> = { admin: "coordinator", coordinator: "artisan", artisan: "admin", store: "admin" }

      // the routes: ours from the route tree (a new one is fuzzed as it lands), and a few of Medusa's
      const discovered = discoverRoutes()
      expect(discovered.length).toBeGreaterThan(30)
      const targets = [
        ...discovered.map((r) => ({ method: r.method, path: r.path, spec: ROUTES[routeKey(r.method, r.path)] })),
        ...Object.entries(MEDUSA_ROUTES).map(([key, spec]) => ({ method: key.split(" ")[0], path: key.split(" ")[1], spec })),
      ]
      const unknown = targets.filter((t) => !t.spec).map((t) => routeKey(t.method, t.path))
      if (unknown.length) console.info(`fuzz: routes without a field table (generic cases only): ${unknown.join(", ")}`)

      const replacer = (_key: string, value: unknown) => (value instanceof Ref ? refs[value.name] : typeof value === "number" && Object.is(value, -0) ? "__NEGATIVE_ZERO__" : value)
      const render = (c: FuzzCase) => {
        const path = c.route.replace(/:(\w+)/g, (_m, name: string) => {
          const v = c.params[name]
          return v instanceof Ref ? encodeURIComponent(refs[v.name]) : segmentOnWire(v)
        })
        const query = c.query.join("&")
        const headers: Record<string, string> = { ...c.headers }
        const tree = treeOf(c.route)
        if (c.auth === "right") Object.assign(headers, authHeaders[tree])
        else if (c.auth === "other") Object.assign(headers, authHeaders[otherTree[tree]])
        if (tree === "store") Object.assign(headers, store.headers)
        let body: string | Buffer | undefined
        if (c.body?.kind === "json") {
          body = JSON.stringify(c.body.value, replacer).replace(/"__NEGATIVE_ZERO__"/g, "-0")
          headers["content-type"] = c.body.contentType ?? "application/json"
        } else if (c.body?.kind === "text") {
          body = c.body.text
          headers["content-type"] = c.body.contentType
          if (c.body.encoding) headers["content-encoding"] = c.body.encoding
        } else if (c.body?.kind === "bytes") {
          const shell = '{"pad":""}'
          body = `{"pad":"${"x".repeat(c.body.bytes - shell.length)}"}`
          headers["content-type"] = "application/json"
        }
        return { method: c.method, path: query ? `${path}?${query}` : path, headers, body }
      }

      const raw = rawClient(api, CONCURRENCY)
      const tables = await watchedTables(container)
      expect(tables.length).toBeGreaterThan(10)
      let snapshot: DbSnapshot = await snapshotTables(container, tables)
      const failures: string[] = []
      const writes: string[] = []
      const statuses = new Map<number, number>()
      const answers: string[] = []
      let count = 0
      try {
        for (const [index, target] of targets.entries()) {
          const key = routeKey(target.method, target.path)
          const n = WRITE_METHODS.includes(target.method) ? WRITE_CASES_PER_ROUTE : READ_CASES_PER_ROUTE
          const cases = fc.sample(caseArbitrary(target.method, target.path, target.spec, index * 1000), { seed: routeSeed(SEED, key), numRuns: n })
          let next = 0
          const worker = async () => {
            while (next < cases.length) {
              const i = next++
              const c = cases[i]
              const request = render(c)
              let res: RawResponse
              try {
                res = await raw(request)
              } catch (error) {
                failures.push(`${key} #${i} [${c.why.join("; ")}]: no answer (${(error as Error).message})`)
                continue
              }
              count++
              statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
              const problem = judge(c, res, request.method.length + request.path.length + 10)
              if (process.env.FUZZ_VERBOSE) answers.push(`${key} #${i} [${c.why.join("; ")}] -> ${res.status} ${res.text.slice(0, 160)}`)
              if (problem) {
                failures.push(`${key} #${i} [${c.why.join("; ")}] ${request.path.slice(0, 120)}: ${problem} — ${res.text.slice(0, 240)}`)
              }
            }
          }
          await Promise.all(Array.from({ length: CONCURRENCY }, worker))
          const after = await snapshotTables(container, tables)
          const changed = changedTables(snapshot, after)
          if (changed.length) writes.push(`${key}: ${changed.join(", ")}`)
          snapshot = after
        }
      } finally {
        raw.close()
      }

      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const summary = `fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED}): ${count} cases over ${targets.length} routes in ${seconds}s; answers ${[...statuses.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(" ")}`
      console.info(summary)
      if (process.env.FUZZ_REPORT) fs.writeFileSync(process.env.FUZZ_REPORT, [summary, ...failures, ...writes.map((w) => `WRITTEN ${w}`), ...answers].join("\n") + "\n")
      expect(failures.slice(0, 40), `${summary}\n${failures.length} failures`).toEqual([])
      expect(writes, summary).toEqual([])
      expect(count, summary).toBeGreaterThanOrEqual(MIN_CASES)
    })
  },
})
