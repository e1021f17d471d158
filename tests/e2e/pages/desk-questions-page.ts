import type { Locator, Page } from "@playwright/test"
import type { Locale } from "./desk-login-page"

/** /desk/questions: the women's questions about their lines, and resolving them. */
export class DeskQuestionsPage {
  readonly questions: Locator

  constructor(private readonly page: Page) {
    this.questions = page.getByTestId("desk-question")
  }

  /** The open questions, or the resolved ones. */
  async open(locale: Locale = "zh-CN", show: "open" | "resolved" = "open") {
    await this.page.goto(`/${locale}/desk/questions${show === "resolved" ? "?show=resolved" : ""}`)
  }

  of(name: string) {
    const root = this.questions.filter({ hasText: name })
    return {
      root,
      resolution: root.getByTestId("desk-question-resolution"),
      /** where a correction of a closed month lands, said in the correction form */
      late: root.getByTestId("question-late"),
      openCorrection: () => root.getByTestId("question-correct-open").click(),
      /** a correction: a bonus or a deduction of `amount`, with a note she will read (opening the form unless it is open) */
      correct: async (kind: "bonus" | "deduction", amount: string, note: string) => {
        if (!(await root.getByTestId("question-resolve-form").isVisible())) await root.getByTestId("question-correct-open").click()
        await root.getByTestId(`question-kind-${kind}`).check()
        await root.getByTestId("question-amount").fill(amount)
        await root.getByTestId("question-resolve-note").fill(note)
        await root.getByTestId("question-resolve-send").click()
      },
    }
  }
}
