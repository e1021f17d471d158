import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

export type LineInput = { artisan: string; pieceType: string; quantity: number | string; grade?: "A" | "B" | "R" }

/** /desk: the entry grid, the outbox and the day's totals. */
export class DeskTodayPage {
  readonly lines: Locator
  readonly addLine: Locator
  readonly submit: Locator
  readonly status: Locator
  readonly outbox: Locator
  readonly waitingBatches: Locator
  readonly refusedBatches: Locator
  readonly totals: Locator
  readonly grandTotal: Locator
  readonly workDate: Locator

  constructor(private readonly page: Page) {
    this.lines = page.getByTestId("entry-line")
    this.addLine = page.getByTestId("add-line")
    this.submit = page.getByTestId("submit-batch")
    this.status = page.getByTestId("desk-status")
    this.outbox = page.getByTestId("outbox-status")
    this.waitingBatches = page.getByTestId("waiting-batch")
    this.refusedBatches = page.getByTestId("refused-batch")
    this.totals = page.getByTestId("day-totals")
    this.grandTotal = page.getByTestId("day-grand-total")
    this.workDate = page.getByTestId("work-date")
  }

  async open(locale: Locale = "zh-CN") {
    await this.page.goto(`/${locale}/desk`)
    await this.outbox.waitFor()
  }

  line(index: number) {
    const root = this.lines.nth(index)
    return {
      root,
      artisan: root.getByTestId("line-artisan"),
      pieceType: root.getByTestId("line-piece-type"),
      quantity: root.getByTestId("line-quantity"),
      grade: (grade: "A" | "B" | "R") => root.getByTestId(`line-grade-${grade}`),
      expected: root.getByTestId("line-expected"),
      errors: root.getByTestId("line-error"),
    }
  }

  /** Fills line `index` (adding lines as needed); artisan and piece type by their option's value (id). */
  async fillLine(index: number, input: LineInput) {
    while ((await this.lines.count()) <= index) await this.addLine.click()
    const line = this.line(index)
    await line.artisan.selectOption(input.artisan)
    await line.pieceType.selectOption(input.pieceType)
    await line.quantity.fill(String(input.quantity))
    await line.grade(input.grade ?? "A").check()
  }

  async fillLines(inputs: LineInput[]) {
    for (const [i, input] of inputs.entries()) await this.fillLine(i, input)
  }

  async setDate(date: string) {
    await this.workDate.fill(date)
  }

  totalRow(artisanId: string) {
    const row = this.page.locator(`[data-testid=day-total-row][data-artisan-id="${artisanId}"]`)
    return { row, pieces: row.getByTestId("day-total-pieces"), amount: row.getByTestId("day-total-amount") }
  }
}
