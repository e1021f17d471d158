import { describe, expect, it } from "vitest"
import { MAX_ADJUSTMENT_YUAN, MAX_NOTE_LENGTH, readAskForm, readResolveForm } from "../index"

describe("her question's sheet", () => {
  it("reads her sheet: a reason from the list, a note within the limit", () => {
    expect(readAskForm({ reason: "quantity_wrong", note: "  做了4个 " })).toEqual({ form: { reason: "quantity_wrong", note: "做了4个" } })
    expect(readAskForm({ reason: "other", note: "   " })).toEqual({ form: { reason: "other", note: null } })
    expect(readAskForm({ reason: "bogus", note: "" })).toEqual({ error: "reason" })
    expect(readAskForm({ reason: null, note: "" })).toEqual({ error: "reason" })
    expect(readAskForm({ reason: "other", note: "x".repeat(MAX_NOTE_LENGTH) })).toHaveProperty("form")
    expect(readAskForm({ reason: "other", note: "x".repeat(MAX_NOTE_LENGTH + 1) })).toEqual({ error: "note" })
  })
})

describe("the resolve form (desk and admin)", () => {
  const base = { resolution: "answer", note: "质检是B级", reverse: null, adjustment_kind: null, amount: null }

  it("an answer needs only a note, and never carries a correction", () => {
    expect(readResolveForm({ ...base, reverse: "on", adjustment_kind: "bonus", amount: "5" })).toEqual({ body: { resolution: "answer", note: "质检是B级" } })
    expect(readResolveForm({ ...base, note: " " })).toEqual({ error: "note" })
    expect(readResolveForm({ ...base, note: "x".repeat(MAX_NOTE_LENGTH + 1) })).toEqual({ error: "note" })
  })

  it("a correction reverses the line and/or posts an amount in fen", () => {
    const c = { ...base, resolution: "correction" }
    expect(readResolveForm(c)).toEqual({ error: "nothing" })
    expect(readResolveForm({ ...c, reverse: "on" })).toEqual({ body: { resolution: "correction", note: "质检是B级", reverse_entry: true } })
    expect(readResolveForm({ ...c, adjustment_kind: "bonus", amount: "1,240.5" })).toEqual({
      body: { resolution: "correction", note: "质检是B级", adjustment: { kind: "bonus", amount: "1240.50" } },
    })
    // as a Chinese keyboard types it
    expect(readResolveForm({ ...c, adjustment_kind: "bonus", amount: "１，２４０。５" })).toEqual({
      body: { resolution: "correction", note: "质检是B级", adjustment: { kind: "bonus", amount: "1240.50" } },
    })
    expect(readResolveForm({ ...c, reverse: "on", adjustment_kind: "deduction", amount: "3" })).toEqual({
      body: { resolution: "correction", note: "质检是B级", reverse_entry: true, adjustment: { kind: "deduction", amount: "3.00" } },
    })
    for (const amount of ["0", "-5", "1.234", "abc", "", String(MAX_ADJUSTMENT_YUAN + 0.01)]) {
      expect(readResolveForm({ ...c, adjustment_kind: "bonus", amount }), amount).toEqual({ error: "amount" })
    }
    expect(readResolveForm({ ...c, adjustment_kind: "bonus", amount: String(MAX_ADJUSTMENT_YUAN) })).toHaveProperty("body")
  })
})

