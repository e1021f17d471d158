// Every journey runs under the content security policy watch: a `securitypolicyviolation` event
// or a console error about the policy on any page of any context the test opens (its own
// `context`, or ones it makes with browser.newContext) fails the test, with what was blocked.
// Specs import `test` and `expect` from here instead of @playwright/test.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test"

export * from "@playwright/test"

const CSP_CONSOLE = /content security policy|content-security-policy|securitypolicyviolation|refused to (load|execute|apply|frame|connect)/i

/** Where violations go: the running test's list (pages opened in beforeAll report to the test running). */
const sink: { violations: string[] } = { violations: [] }
const watched = new WeakSet<BrowserContext>()

async function watchContext(context: BrowserContext) {
  if (watched.has(context)) return
  watched.add(context)
  // The page reports each violation on its console (the event carries what and where).
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} on ${e.documentURI}` +
          (e.sample ? ` sample: ${e.sample}` : ""),
      )
    })
  })
  const watchPage = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error" && CSP_CONSOLE.test(message.text())) sink.violations.push(`${page.url()}: ${message.text()}`)
    })
  }
  context.pages().forEach(watchPage)
  context.on("page", watchPage)
}

export const test = base.extend<{ contentSecurityPolicyWatch: void }, { contextsWatched: void }>({
  // For the worker's life: every context made with browser.newContext (and browser.newPage) is watched.
  contextsWatched: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const made = await newContext(...args)
        await watchContext(made)
        return made
      }
      await use()
      browser.newContext = newContext
    },
    { scope: "worker", auto: true },
  ],
  contentSecurityPolicyWatch: [
    async ({ context }, use) => {
      sink.violations = []
      await watchContext(context)
      await use()
      expect(sink.violations, "content security policy violations on the pages of this journey").toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
