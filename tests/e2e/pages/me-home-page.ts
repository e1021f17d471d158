import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /me: this month so far, goal, last month, parts, sold pieces, the last 12 months. */
export class MeHomePage {
  readonly soFar: Locator
  readonly subtitle: Locator
  readonly goal: Locator
  readonly goalNote: Locator
  readonly lastMonth: Locator
  readonly parts: Locator
  readonly chart: Locator
  readonly statements: Locator
  readonly soldPieces: Locator

  constructor(private readonly page: Page) {
    this.soFar = page.getByTestId("month-so-far")
    this.subtitle = page.getByTestId("section-subtitle")
    this.goal = page.getByTestId("goal")
    this.goalNote = page.getByTestId("goal-note")
    this.lastMonth = page.getByTestId("last-month")
    this.parts = page.getByTestId("month-parts")
    this.chart = page.getByTestId("earnings-chart")
    this.statements = page.getByTestId("statement-row")
    this.soldPieces = page.getByTestId("sold-pieces").getByTestId("sold-piece")
  }

  async open(locale: Locale = "zh-CN", query = "") {
    await this.page.goto(`/${locale}/me${query}`)
    await this.soFar.waitFor()
  }

  /** The chart is fetched when it comes near the screen: scroll to it and wait for its bars. */
  async showChart() {
    await this.chart.scrollIntoViewIfNeeded()
    await this.chart.locator(".recharts-bar-rectangle").first().waitFor()
  }

  part(kind: "piecework" | "sale_share" | "bonus" | "deduction" | "reversal") {
    return this.page.getByTestId(`part-${kind}`).getByTestId("part-amount")
  }

  /**
   * One row of "你绣的作品卖出去了" (this month's sales of her pieces, in the order of her month's
   * entries): the product photo, the line with the title, and her money (the row's last part).
   */
  /** The sold piece whose ledger entry is `entryId`. */
  soldPiece(entryId: string) {
    const root = this.soldPieces.and(this.page.locator(`[data-entry-id="${entryId}"]`))
    return { root, photo: root.locator("img"), line: root.locator("p"), amount: root.getByTestId("sold-piece-amount") }
  }

  statement(period: string) {
    const row = this.page.locator(`[data-testid=statement-row][data-period="${period}"]`)
    return { row, status: row.getByTestId("statement-status"), amount: row.getByTestId("statement-amount"), link: row.locator("a") }
  }
}
