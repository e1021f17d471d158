import { MAX_TRAINING_CAPACITY } from "../../../../domain"
import { AdminCreateAward } from "../../../admin/awards/validators"
import { AdminCreateTrainingSession } from "../../../admin/training-sessions/validators"
import { CoordinatorRecordAttendance } from "../validators"

/** What the training and award routes refuse, each message starting with the field it is about. */
const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message

describe("attendance body", () => {
  it("takes one to a full session of women", () => {
    expect(CoordinatorRecordAttendance.safeParse({ artisan_ids: ["artisan_01A"] }).success).toBe(true)
    expect(firstMessage(CoordinatorRecordAttendance.safeParse({ artisan_ids: [] }))).toMatch(/^artisan_ids: /)
    const tooMany = Array.from({ length: MAX_TRAINING_CAPACITY + 1 }, (_, i) => `artisan_${i}`)
    expect(firstMessage(CoordinatorRecordAttendance.safeParse({ artisan_ids: tooMany }))).toMatch(/^artisan_ids: /)
    expect(firstMessage(CoordinatorRecordAttendance.safeParse({ artisan_ids: ["has space"] }))).toMatch(/^artisan_ids: /)
    expect(CoordinatorRecordAttendance.safeParse({ artisan_ids: ["a"], extra: 1 }).success).toBe(false)
  })
})

describe("training session body", () => {
  const session = {
    topic_zh: "盘金基础",
    topic_en: "Couching basics",
    skill_code: "couching",
    date: "2023-05-20",
    place_zh: "高要区",
    place_en: "Gaoyao",
    trainer: "梁师傅",
    capacity: 25,
  }
  it("takes a session open to every workshop, and names a bad skill code or capacity", () => {
    expect(AdminCreateTrainingSession.safeParse({ ...session, workshop_id: null }).success).toBe(true)
    expect(firstMessage(AdminCreateTrainingSession.safeParse({ ...session, skill_code: "Couching" }))).toMatch(/^skill_code: /)
    expect(firstMessage(AdminCreateTrainingSession.safeParse({ ...session, capacity: 0 }))).toMatch(/^capacity: /)
    expect(firstMessage(AdminCreateTrainingSession.safeParse({ ...session, capacity: 2.5 }))).toMatch(/^capacity: /)
    expect(firstMessage(AdminCreateTrainingSession.safeParse({ ...session, topic_zh: "绣".repeat(101) }))).toMatch(/^topic_zh: /)
  })
})

describe("award body", () => {
  const award = { contest_zh: "广东省妇女手工技能大赛", contest_en: "Guangdong contest", year: 2021, level: "gold", subject_type: "workshop", subject_id: "wksp_01A" }
  it("takes the contest's levels and subjects only", () => {
    expect(AdminCreateAward.safeParse(award).success).toBe(true)
    expect(firstMessage(AdminCreateAward.safeParse({ ...award, level: "platinum" }))).toMatch(/^level: /)
    expect(firstMessage(AdminCreateAward.safeParse({ ...award, subject_type: "customer" }))).toMatch(/^subject_type: /)
    expect(firstMessage(AdminCreateAward.safeParse({ ...award, year: 1999 }))).toMatch(/^year: /)
  })
})
