import { describe, expect, it } from "vitest"
import { MAX_OPENING_PIECE_TYPES, MAX_OPENING_POSITIONS, MAX_TRAINING_CAPACITY } from "../../../domain"
import { typedWhole } from "../typed-fields"
import {
  movesFrom,
  readAwardForm,
  readOpeningForm,
  readSessionForm,
  readSkillForm,
  type AwardValues,
  type OpeningValues,
  type SessionValues,
} from "../programme-forms"

const opening: OpeningValues = {
  title_zh: " 扇面刺绣 ",
  title_en: "Fan embroidery",
  description_zh: "",
  description_en: "  ",
  piece_type_ids: ["pt_1", "pt_2", "pt_1"],
  place: "home",
  district_zh: "端州区",
  district_en: "Duanzhou",
  town_zh: "",
  town_en: "",
  hours_zh: "上午 9 点到下午 3 点",
  hours_en: "9 am to 3 pm",
  positions: "6",
  status: "open",
}

describe("the opening form", () => {
  it("reads into the body the route takes: trimmed, empty optional text as null, positions a number, each piece type once", () => {
    expect(readOpeningForm(opening)).toEqual({
      ok: true,
      body: {
        ...opening,
        title_zh: "扇面刺绣",
        description_zh: null,
        description_en: null,
        town_zh: null,
        town_en: null,
        piece_type_ids: ["pt_1", "pt_2"],
        positions: 6,
      },
    })
  })

  it("names each field that is missing or out of range", () => {
    expect(readOpeningForm({ ...opening, title_en: " ", hours_zh: "", positions: "" })).toEqual({
      ok: false,
      errors: { title_en: "required", hours_zh: "required", positions: "required" },
    })
    for (const positions of ["0", "1.5", "-2", "abc", String(MAX_OPENING_POSITIONS + 1)]) {
      expect(readOpeningForm({ ...opening, positions })).toEqual({ ok: false, errors: { positions: "positions" } })
    }
    expect(readOpeningForm({ ...opening, positions: String(MAX_OPENING_POSITIONS) }).ok).toBe(true)
    const many = Array.from({ length: MAX_OPENING_PIECE_TYPES + 1 }, (_, i) => `pt_${i}`)
    expect(readOpeningForm({ ...opening, piece_type_ids: many })).toEqual({ ok: false, errors: { piece_type_ids: "pieceTypes" } })
  })
})

describe("moving an application by hand", () => {
  it("offers only the domain's moves, never hired", () => {
    expect(movesFrom("new")).toEqual(["contacted", "trial", "not_now"])
    expect(movesFrom("contacted")).toEqual(["trial", "not_now"])
    expect(movesFrom("trial")).toEqual(["contacted", "not_now"])
    expect(movesFrom("not_now")).toEqual(["contacted", "trial"])
    expect(movesFrom("hired")).toEqual([])
  })
})

describe("the skill form", () => {
  it("takes a code of lowercase letters, digits and _", () => {
    expect(readSkillForm({ code: " seed_stitch ", name_zh: "打籽", name_en: "Seed stitch" })).toEqual({
      ok: true,
      body: { code: "seed_stitch", name_zh: "打籽", name_en: "Seed stitch" },
    })
    expect(readSkillForm({ code: "Seed stitch", name_zh: "打籽", name_en: "" })).toEqual({
      ok: false,
      errors: { code: "skillCode", name_en: "required" },
    })
  })
})

const session: SessionValues = {
  topic_zh: "盘金入门",
  topic_en: "Couching basics",
  skill_code: "couching",
  date: "2026-05-20",
  place_zh: "村委会",
  place_en: "Village hall",
  trainer: "陈老师",
  workshop_id: "ws_1",
  village_zh: "",
  village_en: "",
  capacity: "25",
}

describe("the training session form", () => {
  it("is held for a workshop, or open to every workshop in a named village", () => {
    expect(readSessionForm(session)).toEqual({ ok: true, body: { ...session, village_zh: null, village_en: null, capacity: 25 } })
    expect(readSessionForm({ ...session, workshop_id: "" })).toEqual({ ok: false, errors: { village_zh: "village", village_en: "village" } })
    const open = readSessionForm({ ...session, workshop_id: "", village_zh: "白诸村", village_en: "Baizhu" })
    expect(open.ok && open.body.workshop_id).toBe(null)
  })

  it("refuses a date that is not one, and a capacity out of range or below who attended", () => {
    expect(readSessionForm({ ...session, date: "2026-02-30" })).toEqual({ ok: false, errors: { date: "date" } })
    expect(readSessionForm({ ...session, capacity: String(MAX_TRAINING_CAPACITY + 1) })).toEqual({ ok: false, errors: { capacity: "capacity" } })
    expect(readSessionForm({ ...session, capacity: "10" }, 12)).toEqual({ ok: false, errors: { capacity: "belowAttended" } })
    expect(readSessionForm({ ...session, capacity: "12" }, 12).ok).toBe(true)
  })
})

const award: AwardValues = {
  contest_zh: "广东省妇女手工创业创新大赛",
  contest_en: "Guangdong women's handicraft contest",
  year: "2023",
  level: "bronze",
  category_zh: "非遗类",
  category_en: "",
  subject_type: "workshop",
  subject_id: "ws_1",
}

describe("the award form", () => {
  it("takes a year in range and a subject", () => {
    expect(readAwardForm(award)).toEqual({ ok: true, body: { ...award, year: 2023, category_en: null } })
    expect(readAwardForm({ ...award, year: "1066", subject_id: "" })).toEqual({ ok: false, errors: { year: "year", subject_id: "required" } })
  })
})

describe("a whole number typed in a form", () => {
  it("is digits only, within its range", () => {
    expect(typedWhole(" 12 ", 1, 20)).toBe(12)
    expect(typedWhole("1e1", 1, 20)).toBe(null)
    expect(typedWhole("", 0, 20)).toBe(null)
    expect(typedWhole("21", 1, 20)).toBe(null)
    expect(typedWhole("１２", 1, 20)).toBe(12)
  })
})
