import { expect, test } from "./support/test"
import { backendUrl, login } from "./pages/desk-backend"
import { DeskLoginPage } from "./pages/desk-login-page"
import { DeskTodayPage } from "./pages/desk-today-page"

/**
 * The demo's base coordinator (林秀芬) runs two workshops that both pay for 扇面刺绣, at their own
 * rates. On her phone, before she chooses a woman, each piece type names its workshop; once a line
 * has a woman, it offers only her workshop's piece types. Reads the seeded demo data only.
 */
const DEMO_COORDINATOR = { email: "coordinator.jinxiu-base@jinxiu.test", password: "jinxiu-demo" }

type Ref = { id: string; handle: string; name_zh: string }
type PieceTypeRow = { id: string; code: string; workshop_id: string }

test.use({ viewport: { width: 390, height: 844 }, locale: "zh-CN" })

test("a coordinator of two workshops tells their piece types apart, and a woman is offered only her workshop's", async ({ page, request }) => {
  const token = await login(request, "coordinator", DEMO_COORDINATOR)
  const read = async (path: string) => {
    const res = await request.get(`${backendUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.ok(), `GET ${path}`).toBe(true)
    return res.json()
  }
  const workshops: Ref[] = (await read("/coordinator/me")).coordinator.workshops
  const base = workshops.find((w) => w.handle === "jinxiu-base")!
  const dinghu = workshops.find((w) => w.handle === "dinghu-handicraft")!
  expect([base, dinghu].every(Boolean), "the demo coordinator runs the base and Dinghu").toBe(true)
  const pieceTypes: PieceTypeRow[] = (await read("/coordinator/piece-types?limit=500")).piece_types
  const fanOf = (workshop: Ref) => pieceTypes.find((p) => p.workshop_id === workshop.id && p.code === "TASK-FAN-FACE")!
  const artisans: { id: string; workshop_id: string; status: string }[] = (await read("/coordinator/artisans?limit=500")).artisans
  const dinghuWoman = artisans.find((a) => a.workshop_id === dinghu.id && a.status !== "left")!

  await new DeskLoginPage(page).login(DEMO_COORDINATOR.email, DEMO_COORDINATOR.password)
  const line = new DeskTodayPage(page).line(0)
  const option = (id: string) => line.pieceType.locator(`option[value="${id}"]`)

  // no woman yet: both 扇面刺绣, each with its workshop's name
  await expect(line.pieceType.locator("option", { hasText: "扇面刺绣" })).toHaveCount(2)
  await expect(option(fanOf(base).id)).toHaveText(new RegExp(`^扇面刺绣 · ${base.name_zh} · A ¥`))
  await expect(option(fanOf(dinghu).id)).toHaveText(new RegExp(`^扇面刺绣 · ${dinghu.name_zh} · A ¥`))

  // the base's 扇面刺绣 first, then a woman of Dinghu: the line drops it and offers Dinghu's only
  await line.pieceType.selectOption(fanOf(base).id)
  await line.artisan.selectOption(dinghuWoman.id)
  await expect(line.pieceType).toHaveValue("")
  await expect(option(fanOf(base).id)).toHaveCount(0)
  await expect(option(fanOf(dinghu).id)).toHaveText(/^扇面刺绣 · A ¥/)
  const dinghuTypes = pieceTypes.filter((p) => p.workshop_id === dinghu.id)
  await expect(line.pieceType.locator("option[value]:not([value=''])")).toHaveCount(dinghuTypes.length)

  await line.pieceType.selectOption(fanOf(dinghu).id)
  await line.quantity.fill("2")
  await expect(line.expected).toHaveText(/¥/)
})
