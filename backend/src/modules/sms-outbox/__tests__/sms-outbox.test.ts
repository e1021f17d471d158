import fs from "fs"
import os from "os"
import path from "path"
import { readSmsOutbox } from "../outbox-file"
import SmsOutboxProviderService, { type SmsOutboxRecord } from "../service"

const fileIn = (dir: string) => path.join(dir, "nested", "sms-outbox.jsonl")

describe("the local SMS provider (records, never sends)", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sms-outbox-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("records each message as one JSON line: her mobile, the text, the notice it belongs to", async () => {
    const provider = new SmsOutboxProviderService({}, { file: fileIn(dir) })
    const answer = await provider.send({
      id: "noti_1",
      idempotency_key: "workshop.payout.recorded:pout_1:art_1:sms",
      to: "+8613800000001",
      channel: "sms",
      template: "payout_sent",
      data: { text: "已付款 ¥40.00（微信）", amount: "40.00", method: "wechat", locale: "zh-CN" },
    } as any)
    expect(answer).toEqual({ id: "outbox_noti_1" })
    const [line] = readSmsOutbox<SmsOutboxRecord>(fileIn(dir))
    expect(line).toMatchObject({
      notification_id: "noti_1",
      idempotency_key: "workshop.payout.recorded:pout_1:art_1:sms",
      to: "+8613800000001",
      template: "payout_sent",
      text: "已付款 ¥40.00（微信）",
      params: { amount: "40.00", method: "wechat", locale: "zh-CN" },
    })
  })

  it("keeps every line whole when a month's close sends thousands at once", async () => {
    const provider = new SmsOutboxProviderService({}, { file: fileIn(dir) })
    const other = new SmsOutboxProviderService({}, { file: fileIn(dir) })
    await Promise.all(
      Array.from({ length: 2000 }, (_, i) =>
        (i % 2 ? provider : other).send({ id: `noti_${i}`, to: `+86138${String(i).padStart(8, "0")}`, channel: "sms", template: "statement_ready", data: { text: `第${i}条 ${"长".repeat(200)}` } } as any)
      )
    )
    const lines = readSmsOutbox<SmsOutboxRecord>(fileIn(dir))
    expect(lines).toHaveLength(2000)
    expect(new Set(lines.map((l) => l.notification_id)).size).toBe(2000)
  })

  it("refuses a message without a number or a text (the notice is then marked failed)", async () => {
    const provider = new SmsOutboxProviderService({}, { file: fileIn(dir) })
    await expect(provider.send({ to: "", channel: "sms", template: "x", data: { text: "hi" } } as any)).rejects.toThrow(/to/)
    await expect(provider.send({ to: "+8613800000001", channel: "sms", template: "x", data: {} } as any)).rejects.toThrow(/text/)
    expect(readSmsOutbox(fileIn(dir))).toEqual([])
    expect(() => SmsOutboxProviderService.validateOptions({})).toThrow(/file/)
  })
})
