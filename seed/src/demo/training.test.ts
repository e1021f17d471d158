import { MAX_TRAINING_CAPACITY, addMonths, monthOf, skillCheck } from "@jinxiu/workshop/domain"
import { describe, expect, it } from "vitest"
import { historyLines, historyWindow } from "./history"
import { ARTISANS } from "./people"
import { pieceTypeSeeds } from "./piece-types"
import { REQUIRED_SKILLS, SKILLS, SKILL_CODE_OF, activeOn, attendeesOf, grantedSkills, requiredSkillOf, skillNeeds, trainingPlan } from "./training"

const TODAY = "2026-11-28"
const types = pieceTypeSeeds()
const plan = trainingPlan(TODAY, ARTISANS, types)
const past = plan.filter((s) => !s.upcoming)
const byPhone = new Map(ARTISANS.map((a) => [a.phone, a]))
const total = (sessions: typeof plan) => sessions.reduce((n, s) => n + attendeesOf(s).length, 0)

describe("demo training", () => {
  it("holds 20 sessions: the past twelve months, and two next month still to come", () => {
    expect(plan).toHaveLength(20)
    expect(past).toHaveLength(18)
    const first = addMonths(monthOf(TODAY), -12)
    for (const s of past) {
      expect(s.date < TODAY).toBe(true)
      expect(monthOf(s.date) >= first).toBe(true)
    }
    for (const s of plan.filter((s) => s.upcoming)) {
      expect(monthOf(s.date)).toBe("2026-12")
      expect(attendeesOf(s)).toEqual([])
    }
    expect(new Set(plan.map((s) => s.key)).size).toBe(20)
  })

  it("is deterministic", () => {
    const again = trainingPlan(TODAY, ARTISANS, types)
    expect(again.map((s) => [s.key, attendeesOf(s)])).toEqual(plan.map((s) => [s.key, attendeesOf(s)]))
  })

  it("takes close to 500 attendances, whatever the month", () => {
    for (const today of [TODAY, "2026-12-05", "2027-03-01", "2026-06-15", "2027-09-30"]) {
      const n = total(trainingPlan(today, ARTISANS, types))
      expect(n).toBeGreaterThanOrEqual(450)
      expect(n).toBeLessThanOrEqual(510)
    }
  })

  it("books women on the sessions to come only, invited and working, within the places, each once; none on a past session", () => {
    const upcoming = plan.filter((s) => s.upcoming)
    expect(upcoming.reduce((n, s) => n + [...s.bookings.values()].flat().length, 0)).toBeGreaterThan(0)
    for (const s of upcoming) {
      const phones = [...s.bookings.values()].flat()
      expect(phones.length).toBeLessThanOrEqual(s.capacity)
      expect(new Set(phones).size).toBe(phones.length)
      for (const [workshop, mine] of s.bookings) {
        expect(s.invited).toContain(workshop)
        for (const phone of mine) {
          expect(byPhone.get(phone)!.workshop).toBe(workshop)
          expect(activeOn(byPhone.get(phone)!, TODAY)).toBe(true)
        }
      }
    }
    for (const s of plan.filter((s) => !s.upcoming)) expect(s.bookings.size).toBe(0)
  })

  it("never exceeds a session's capacity, records a woman once per session, and only invited women active that day", () => {
    for (const s of past) {
      const phones = attendeesOf(s)
      expect(phones.length).toBeLessThanOrEqual(s.capacity)
      expect(s.capacity).toBeLessThanOrEqual(MAX_TRAINING_CAPACITY)
      expect(new Set(phones).size).toBe(phones.length)
      for (const [workshop, mine] of s.attendance) {
        for (const phone of mine) {
          const artisan = byPhone.get(phone)!
          expect(artisan.workshop).toBe(workshop)
          expect(s.invited).toContain(workshop)
          expect(activeOn(artisan, s.date)).toBe(true)
        }
      }
      // a workshop's own session takes only its women (the module refuses others)
      if (s.workshop) expect([...s.attendance.keys()]).toEqual([s.workshop])
      else expect(s.village_zh === null || s.village_zh.length > 0).toBe(true)
    }
  })

  it("spreads the sessions over the women", () => {
    const count = new Map<string, number>()
    for (const s of past) for (const phone of attendeesOf(s)) count.set(phone, (count.get(phone) ?? 0) + 1)
    // every woman who was in a workshop during the year took part
    for (const a of ARTISANS) expect(count.get(a.phone) ?? 0).toBeGreaterThanOrEqual(1)
    const settled = ARTISANS.filter((a) => a.joined_on < "2025-11-01" && !a.last_day)
    for (const a of settled) expect(count.get(a.phone)).toBeGreaterThanOrEqual(5)
  })

  it("teaches only skills it knows, and requires only those on piece types that exist", () => {
    const codes = new Set(SKILLS.map((s) => s.code))
    expect(codes.size).toBe(SKILLS.length)
    for (const s of plan) expect(codes.has(s.skill_code)).toBe(true)
    for (const code of Object.values(SKILL_CODE_OF)) expect(codes.has(code)).toBe(true)
    for (const [key, skill] of Object.entries(REQUIRED_SKILLS)) {
      const [workshop, code] = key.split(":")
      const type = types.find((t) => t.workshop === workshop && t.code === code)
      expect(type, key).toBeDefined()
      expect(codes.has(skill)).toBe(true)
      // a piece type requires the certified form of the stitch its work needs
      expect(SKILL_CODE_OF[type!.skill]).toBe(skill)
    }
    expect(requiredSkillOf({ workshop: "gaoyao-gold", code: "TASK-CARP-SCALES" })).toBe("couching")
    expect(requiredSkillOf({ workshop: "gaoyao-gold", code: "TASK-LINING" })).toBeNull()
  })

  it("grants every woman the skill her history's work requires before her first such line", () => {
    const held = grantedSkills(plan)
    expect(skillNeeds(ARTISANS, types).length).toBeGreaterThan(5)
    for (const today of [TODAY, "2027-05-03"]) {
      const window = historyWindow(today)
      const lines = historyLines(ARTISANS, types, window.first_date, window.last_date)
      const sessions = trainingPlan(today, ARTISANS, types)
      const skills = grantedSkills(sessions)
      let checked = 0
      for (const line of lines) {
        const required = requiredSkillOf({ workshop: line.workshop, code: line.code })
        if (!required) continue
        checked++
        const mine = skills.get(line.phone)
        // the module's own rule, with what she holds by then
        const hers = [...(mine ?? new Map<string, string>())].filter(([, on]) => on <= line.work_date).map(([code]) => code)
        expect(skillCheck({ required_skill: required, her_skills: hers, trial: false }).ok, `${line.phone} ${line.code} ${line.work_date}`).toBe(true)
      }
      expect(checked).toBeGreaterThan(100)
    }
    expect(held.size).toBeGreaterThan(40)
  })
})
