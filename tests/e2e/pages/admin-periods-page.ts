import type { Download, Locator, Page } from "@playwright/test"
import type { AdminApp } from "./admin-app"

/** /app/workshops/periods: months, the close preview, marking paid; and a month's statements. */
export class AdminPeriodsPage {
  readonly page: Page
  readonly rows: Locator
  readonly preview: Locator
  readonly previewRows: Locator
  readonly statementRows: Locator

  constructor(private readonly app: AdminApp) {
    this.page = app.page
    this.rows = this.page.getByTestId("period-row")
    this.preview = this.page.getByTestId("close-preview")
    this.previewRows = this.preview.getByTestId("preview-row")
    this.statementRows = this.page.getByTestId("statement-row")
  }

  async open() {
    await this.app.open("/workshops/periods")
    await this.page.getByTestId("periods-page").waitFor()
  }

  row(month: string) {
    return this.page.locator(`[data-testid=period-row][data-month="${month}"]`)
  }

  async openClosePreview(month: string) {
    await this.row(month).getByTestId("period-close").click()
    await this.preview.waitFor()
  }

  async confirmClose() {
    await this.preview.getByTestId("close-confirm").click()
  }

  /** The women's questions still open about the month, listed in the close dialog. */
  get openQuestions() {
    return this.preview.getByTestId("close-open-question")
  }

  /** Closing with questions still open: the reason to go ahead, then confirm. */
  async confirmCloseWithReason(reason: string) {
    await this.preview.getByTestId("close-reason").fill(reason)
    await this.confirmClose()
  }

  async markPaid(month: string, reference: string) {
    await this.row(month).getByTestId("period-pay").click()
    const form = this.page.getByTestId("pay-form")
    await form.locator("#payment_reference").fill(reference)
    await form.getByTestId("pay-confirm").click()
  }

  async openStatements(month: string) {
    await this.row(month).getByTestId("period-statements").click()
    await this.page.getByTestId("statements-page").waitFor()
  }

  /** Clicks "Export CSV" and returns the downloaded file's text. */
  async exportCsv(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.page.getByTestId("export-csv").click()])
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(Buffer.from(chunk))
    return { download, text: Buffer.concat(chunks).toString("utf8") }
  }
}
