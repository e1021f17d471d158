import { describe, expect, it } from "vitest"
import type { ApplicationState, ArtisanStatus } from "../../../domain"
import { readApiError } from "../api-errors"
import { bookableChoices, isApplicantBooking, keepChosen, overPlaces, placesLeft, readBooking, takesBookings } from "../training-registrations"

const woman = (id: string, display_name: string, status: ArtisanStatus = "active", workshop_id = "ws_a") => ({ id, display_name, status, workshop_id })
const applicant = (id: string, name: string, status: ApplicationState = "new", artisan_id: string | null = null, workshop_id = "ws_a") => ({
  id,
  name,
  status,
  artisan_id,
  workshop_id,
})

describe("takesBookings", () => {
  it("takes bookings on the day and before, not after", () => {
    expect(takesBookings("2026-12-05", "2026-12-05")).toBe(true)
    expect(takesBookings("2026-12-06", "2026-12-05")).toBe(true)
    expect(takesBookings("2026-12-04", "2026-12-05")).toBe(false)
  })
})

describe("placesLeft", () => {
  it("counts the free places, never below 0", () => {
    expect(placesLeft(30, 12)).toBe(18)
    expect(placesLeft(10, 10)).toBe(0)
    expect(placesLeft(5, 7)).toBe(0)
  })
})

describe("isApplicantBooking", () => {
  it("tags a booking made by application only", () => {
    expect(isApplicantBooking({ artisan_id: null, application_id: "app_1" })).toBe(true)
    expect(isApplicantBooking({ artisan_id: "art_1", application_id: null })).toBe(false)
    expect(isApplicantBooking({ artisan_id: "art_1", application_id: "app_1" })).toBe(false)
  })
})

describe("bookableChoices", () => {
  const artisans = [
    woman("art_2", "王芳"),
    woman("art_1", "李梅"),
    woman("art_3", "陈丽", "left"),
    woman("art_4", "张兰", "paused"),
    woman("art_5", "赵红", "active", "ws_b"),
  ]
  const applications = [
    applicant("app_1", "刘英", "new"),
    applicant("app_2", "黄霞", "contacted"),
    applicant("app_3", "周云", "trial"),
    applicant("app_4", "吴静", "hired", "art_9"),
    applicant("app_5", "郑敏", "not_now"),
    applicant("app_6", "孙娟", "new", null, "ws_b"),
    applicant("app_7", "马丽", "trial", "art_2"),
  ]

  it("offers active women and open applications of the workshop, sorted by name", () => {
    const { artisans: women, applications: open } = bookableChoices({ workshopId: "ws_a", artisans, applications, registrations: [] })
    expect(women.map((w) => w.id).sort()).toEqual(["art_1", "art_2"])
    expect(open.map((a) => a.id).sort()).toEqual(["app_1", "app_2", "app_3", "app_7"])
    const names = women.map((w) => w.display_name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")))
  })

  it("leaves out who is booked already, by her artisan or her application", () => {
    const { artisans: women, applications: open } = bookableChoices({
      workshopId: "ws_a",
      artisans,
      applications,
      registrations: [
        { artisan_id: "art_1", application_id: null },
        { artisan_id: null, application_id: "app_2" },
        // booked as the woman she became: her application is not offered again
        { artisan_id: "art_2", application_id: null },
      ],
    })
    expect(women.map((w) => w.id)).toEqual([])
    expect(open.map((a) => a.id).sort()).toEqual(["app_1", "app_3"])
  })

  it("leaves out a woman booked by the application she was hired from", () => {
    const { artisans: women } = bookableChoices({
      workshopId: "ws_a",
      artisans,
      applications,
      registrations: [{ artisan_id: null, application_id: "app_7" }],
    })
    expect(women.map((w) => w.id)).toEqual(["art_1"])
  })

  it("reads another workshop's lists for a session open to every workshop", () => {
    const { artisans: women, applications: open } = bookableChoices({ workshopId: "ws_b", artisans, applications, registrations: [] })
    expect(women.map((w) => w.id)).toEqual(["art_5"])
    expect(open.map((a) => a.id)).toEqual(["app_6"])
  })
})

describe("keepChosen", () => {
  it("drops choices no longer offered, keeping the order", () => {
    expect(keepChosen(["b", "x", "a"], [{ id: "a" }, { id: "b" }])).toEqual(["b", "a"])
  })
})

describe("readBooking", () => {
  it("sends the chosen ids once each, leaving out an empty list", () => {
    expect(readBooking(["art_1", "art_1"], [])).toEqual({ ok: true, count: 1, body: { artisan_ids: ["art_1"] } })
    expect(readBooking([], ["app_1"])).toEqual({ ok: true, count: 1, body: { application_ids: ["app_1"] } })
    expect(readBooking(["art_1"], ["app_1"])).toEqual({ ok: true, count: 2, body: { artisan_ids: ["art_1"], application_ids: ["app_1"] } })
  })

  it("refuses a booking of nobody", () => {
    expect(readBooking([], [])).toEqual({ ok: false, error: "nobody" })
  })
})

describe("overPlaces", () => {
  it("warns when the choice is larger than the places left", () => {
    expect(overPlaces(3, 2)).toBe(true)
    expect(overPlaces(2, 2)).toBe(false)
    expect(overPlaces(0, 0)).toBe(false)
  })
})

describe("a booking's refusal beside its field", () => {
  const words = { required: "必填", invalid: "格式不正确" }
  const fields = ["session_id", "artisan_ids", "application_ids"]

  it("shows session_full beside the women in the admin's language", () => {
    const message = "artisan_ids: 名额已满 / The session has 30 places and 29 are booked: 2 more don't fit"
    expect(readApiError(message, fields, "zh-CN", words)).toEqual({ byField: { artisan_ids: "名额已满" }, rest: [] })
    expect(readApiError(message, fields, "en", words).byField.artisan_ids).toBe("The session has 30 places and 29 are booked: 2 more don't fit")
  })

  it("shows session_past beside the session", () => {
    const message = "session_id: 培训已经举行，请记出勤 / The session was on 2026-12-01: take its attendance instead"
    expect(readApiError(message, fields, "zh-CN", words).byField.session_id).toBe("培训已经举行，请记出勤")
    expect(readApiError(message, fields, "en", words).byField.session_id).toBe("The session was on 2026-12-01: take its attendance instead")
  })
})
