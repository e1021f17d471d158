import {
  APPLICATION_STATES,
  APPLY_MAX_PER_ADDRESS,
  AWARD_LEVELS,
  MAMA_POST_FEATURES,
  MAX_APPLICATION_TEXT_LENGTH,
  MAX_OPENING_DESCRIPTION_LENGTH,
  MAX_OPENING_PIECE_TYPES,
  MAX_OPENING_POSITIONS,
  MAX_OPENING_TITLE_LENGTH,
  OPENING_PLACES,
  canHire,
  canMoveApplication,
  type ApplicationState,
} from "@jinxiu/workshop/domain"
import { describe, expect, it } from "vitest"
import { PRODUCTS } from "./catalog"
import { PRODUCT_MAKERS } from "./makers"
import { ARTISANS, COORDINATORS } from "./people"
import { pieceTypeSeeds } from "./piece-types"
import {
  APPLICANTS,
  AWARD_FACTS,
  CONTESTS,
  CONTEST_2023,
  MAMA_POST_FEATURES_OF,
  OPENINGS,
  applicantAddress,
  applicationState,
  awardRows,
  remainingSteps,
} from "./programme"
import { WORKSHOPS } from "./workshops"

const types = pieceTypeSeeds()

describe("mama-post features and openings", () => {
  it("gives every workshop a few real features, parental leave at more than half", () => {
    for (const w of WORKSHOPS) {
      const features = MAMA_POST_FEATURES_OF[w.handle]
      expect(features.length).toBeGreaterThanOrEqual(3)
      for (const f of features) expect(MAMA_POST_FEATURES).toContain(f)
      expect(new Set(features).size).toBe(features.length)
    }
    expect(Object.keys(MAMA_POST_FEATURES_OF).sort()).toEqual(WORKSHOPS.map((w) => w.handle).sort())
    const leave = WORKSHOPS.filter((w) => MAMA_POST_FEATURES_OF[w.handle].includes("parental_leave")).length
    expect(leave).toBeGreaterThan(WORKSHOPS.length / 2)
  })

  it("opens posts at every workshop, some closed, in the workshop's own district, for its own piece types", () => {
    for (const w of WORKSHOPS) expect(OPENINGS.filter((o) => o.workshop === w.handle).length).toBeGreaterThanOrEqual(2)
    expect(OPENINGS.filter((o) => o.status === "closed").length).toBeGreaterThanOrEqual(3)
    expect(new Set(OPENINGS.map((o) => o.key)).size).toBe(OPENINGS.length)
    expect(new Set(OPENINGS.map((o) => `${o.workshop}:${o.title.zh}`)).size).toBe(OPENINGS.length)
    expect(new Set(OPENINGS.map((o) => o.place))).toEqual(new Set(OPENING_PLACES))
    for (const o of OPENINGS) {
      const workshop = WORKSHOPS.find((w) => w.handle === o.workshop)!
      expect(o.district.zh).toBe(workshop.district_zh)
      expect(o.district.en).toBe(workshop.district_en)
      expect(o.work.length).toBeGreaterThan(0)
      expect(o.work.length).toBeLessThanOrEqual(MAX_OPENING_PIECE_TYPES)
      for (const code of o.work) expect(types.some((t) => t.workshop === o.workshop && t.code === code), `${o.key} ${code}`).toBe(true)
      expect(o.positions).toBeGreaterThan(0)
      expect(o.positions).toBeLessThanOrEqual(MAX_OPENING_POSITIONS)
      for (const text of [o.title.zh, o.title.en, o.hours.zh, o.hours.en, o.district.zh, o.town?.zh ?? ""]) {
        expect(text.length).toBeLessThanOrEqual(MAX_OPENING_TITLE_LENGTH)
      }
      for (const text of [o.description.zh, o.description.en]) expect(text.length).toBeLessThanOrEqual(MAX_OPENING_DESCRIPTION_LENGTH)
      if (o.place === "village") expect(o.town).not.toBeNull()
    }
  })
})

describe("applications", () => {
  it("has about 30 applications, in every state", () => {
    expect(APPLICANTS).toHaveLength(30)
    const states = APPLICANTS.map(applicationState)
    for (const state of APPLICATION_STATES) expect(states.filter((s) => s === state).length, state).toBeGreaterThanOrEqual(4)
  })

  it("moves each one only as the rules allow, hiring only from contacted or trial, with a note on every move", () => {
    for (const a of APPLICANTS) {
      let state: ApplicationState = "new"
      for (const step of a.steps) {
        if (step.to === "hired") expect(canHire(state), `${a.name}: hire from ${state}`).toBe(true)
        else expect(canMoveApplication(state, step.to), `${a.name}: ${state} → ${step.to}`).toBe(true)
        expect(step.note.length).toBeGreaterThan(0)
        expect(step.note.length).toBeLessThanOrEqual(MAX_APPLICATION_TEXT_LENGTH)
        state = step.to
      }
      expect(state).toBe(applicationState(a))
      // hired is where a story ends
      expect(a.steps.slice(0, -1).some((s) => s.to === "hired")).toBe(false)
    }
  })

  it("uses phones no demo login or phone uses, valid mainland mobiles, each once, each from its own address", () => {
    const taken = new Set([...ARTISANS.map((a) => a.phone), ...COORDINATORS.map((c) => c.phone)])
    const phones = APPLICANTS.map((a) => a.phone)
    expect(new Set(phones).size).toBe(phones.length)
    for (const phone of phones) {
      expect(phone).toMatch(/^\+861[3-9]\d{9}$/)
      expect(phone.startsWith("+86137000000")).toBe(true)
      expect(taken.has(phone)).toBe(false)
    }
    const addresses = APPLICANTS.map((_, i) => applicantAddress(i + 1))
    expect(new Set(addresses).size).toBe(addresses.length)
    // all from one address would be throttled (more than the hour's allowance): hence one each
    expect(APPLICANTS.length).toBeGreaterThan(APPLY_MAX_PER_ADDRESS)
  })

  it("applies to openings that exist, with what she writes within the limits", () => {
    for (const a of APPLICANTS) {
      expect(OPENINGS.some((o) => o.key === a.opening), a.opening).toBe(true)
      for (const text of [a.name, a.town, a.availability, a.childcare_needs ?? ""]) {
        expect(text.length).toBeLessThanOrEqual(MAX_APPLICATION_TEXT_LENGTH)
      }
      expect(a.town.length).toBeGreaterThan(0)
    }
    const hired = APPLICANTS.filter((a) => applicationState(a) === "hired")
    expect(new Set(hired.map((a) => OPENINGS.find((o) => o.key === a.opening)!.workshop)).size).toBeGreaterThanOrEqual(5)
  })

  it("goes on from where a stopped run left an application", () => {
    const steps = APPLICANTS.find((a) => a.name === "钟美玲")!.steps
    expect(remainingSteps(steps, "new")).toEqual(steps)
    expect(remainingSteps(steps, "not_now")).toEqual(steps.slice(1))
    expect(remainingSteps(steps, "contacted")).toEqual([])
    expect(remainingSteps(steps, "trial")).toBeNull()
    const hired = APPLICANTS.find((a) => a.name === "罗晓君")!.steps
    expect(remainingSteps(hired, "trial")?.map((s) => s.to)).toEqual(["hired"])
    expect(remainingSteps(hired, "hired")).toEqual([])
  })
})

describe("awards", () => {
  const of = (year: number, level?: string) => AWARD_FACTS.filter((a) => a.year === year && (!level || a.level === level))

  it("are the programme's real results: 2021 two golds and a silver", () => {
    expect(of(2021)).toHaveLength(3)
    expect(of(2021, "gold")).toHaveLength(2)
    expect(of(2021, "silver")).toHaveLength(1)
  })

  it("and 2023: 8 of 42 in the final 50 of 600+, two bronzes (heritage, public welfare)", () => {
    expect(CONTEST_2023).toMatchObject({ entered_from_zhaoqing: 42, finalists: 8, final_size: 50, entries: "600+", bronzes: 2 })
    expect(of(2023)).toHaveLength(CONTEST_2023.finalists)
    expect(of(2023, "bronze")).toHaveLength(CONTEST_2023.bronzes)
    expect(of(2023, "finalist")).toHaveLength(CONTEST_2023.finalists - CONTEST_2023.bronzes)
    expect(of(2023, "bronze").map((a) => a.category?.zh).sort()).toEqual(["公益类", "非遗类"])
    expect(of(2023).filter((a) => a.level === "gold" || a.level === "silver")).toEqual([])
    expect(CONTESTS[2023].zh).toContain("第二届")
  })

  it("are given to real demo pieces of workshops that existed then, and to makers only with their consent", () => {
    for (const fact of AWARD_FACTS) {
      expect(AWARD_LEVELS).toContain(fact.level)
      const product = PRODUCTS.find((p) => p.handle === fact.product)
      expect(product, fact.product).toBeDefined()
      const workshop = WORKSHOPS.find((w) => w.handle === product!.workshop)!
      expect(workshop.founded_year).toBeLessThanOrEqual(fact.year)
      if (fact.workshop) expect(fact.workshop).toBe(product!.workshop)
      for (const phone of fact.makers) {
        const maker = ARTISANS.find((a) => a.phone === phone)
        expect(maker?.story, `${phone} consented to a public profile`).toBeDefined()
        expect(PRODUCT_MAKERS.find((m) => m.product === fact.product)!.makers.map((m) => m.phone)).toContain(phone)
      }
    }
    expect(new Set(AWARD_FACTS.map((a) => `${a.year}:${a.product}`)).size).toBe(AWARD_FACTS.length)
  })

  it("make one row per subject", () => {
    const rows = awardRows()
    const subjects = AWARD_FACTS.reduce((n, a) => n + 1 + (a.workshop ? 1 : 0) + a.makers.length, 0)
    expect(rows).toHaveLength(subjects)
    expect(rows.filter((r) => r.subject_type === "artisan").map((r) => r.subject).sort()).toEqual(["+8613800000001", "+8613800000021", "+8613800000034"])
    expect(new Set(rows.map((r) => `${r.year}:${r.level}:${r.subject_type}:${r.subject}`)).size).toBe(rows.length)
  })
})
