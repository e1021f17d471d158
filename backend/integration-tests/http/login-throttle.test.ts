import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEFAULT_LIMITS } from "../../src/modules/login-throttle/config"
import {
  adminHeaders,
  ADMIN_PASSWORD,
  ARTISAN_PASSWORD,
  COORDINATOR_PASSWORD,
  createArtisan,
  createCoordinator,
  createWorkshop,
  customerHeaders,
  CUSTOMER_PASSWORD,
} from "../helpers"

const { maxFailures: MAX, ipMaxFailures: IP_MAX, windowSeconds: WINDOW } = DEFAULT_LIMITS

let addressNo = 0
/** A client address of its own for each use, so one test's failures never count against another's. */
const newAddress = () => `198.51.100.${++addressNo}`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let her: Awaited<ReturnType<typeof createArtisan>>
    let other: Awaited<ReturnType<typeof createArtisan>>
    let coordinatorEmail: string
    let customerEmail: string
    let adminEmail: string

    /** POST from a given client address (Medusa trusts one proxy hop: X-Forwarded-For is the address). */
    const post = (path: string, body: unknown, address: string, extra: Record<string, string> = {}): Promise<any> =>
      (api as any)
        .post(path, body, { headers: { "x-forwarded-for": address, ...extra } })
        .catch((e: any) => e.response)
    const artisanLogin = (phone: string, password: string, address: string) =>
      post("/auth/artisan/phone", { phone, password }, address)
    const statuses = (responses: { status: number }[]) => responses.map((r) => r.status)

    /** `count` wrong passwords, one after another; each must be an ordinary 401. */
    async function failTimes(count: number, send: () => Promise<any>) {
      for (let i = 0; i < count; i++) {
        const res = await send()
        expect(res.status).toBe(401)
      }
    }

    function expectRefused(res: any) {
      expect(res.status).toBe(429)
      const retryAfter = Number(res.headers["retry-after"])
      expect(Number.isInteger(retryAfter)).toBe(true)
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(WINDOW)
      expect(res.data).toEqual({
        type: "too_many_attempts",
        message: expect.stringMatching(/^登录失败次数过多，请 \d+ 分钟后再试 \/ Too many failed logins: try again in \d+ minutes?$/),
        retry_after_seconds: retryAfter,
      })
    }

    const rows = async () =>
      (await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(`select key, failures, pending, locked_until from login_throttle order by key`)).rows as {
        key: string
        failures: number
        pending: number
        locked_until: Date | null
      }[]

    // Made once, before the first test: test-utils snapshots the database then and restores it
    // before every test, so each test starts from this state (and with no failures counted).
    beforeAll(async () => {
      const container = getContainer()
      const workshopId = (await createWorkshop(container)).id
      her = await createArtisan(api, container, { workshopId, phone: "13800000001", display_name: "阿珍" })
      other = await createArtisan(api, container, { workshopId, display_name: "阿玲" })
      coordinatorEmail = (await createCoordinator(api, container, { workshopIds: [workshopId] })).email
      customerEmail = (await customerHeaders(api, container)).email
      adminEmail = (await adminHeaders(container)).email
    })

    describe("an artisan's phone login", () => {
      it(`locks after ${MAX} wrong passwords: the next attempt is 429 even with the right password`, async () => {
        const address = newAddress()
        await failTimes(MAX, () => artisanLogin("13800000001", "not-her-password", address))

        expectRefused(await artisanLogin("13800000001", ARTISAN_PASSWORD, address))
        // the same number written another way, and from another address, is the same login
        expectRefused(await artisanLogin("+86 138 0000 0001", ARTISAN_PASSWORD, newAddress()))
        expectRefused(await artisanLogin("８６-１３８０００００００１", ARTISAN_PASSWORD, newAddress()))
      })

      it("locks only her: another artisan logs in from the same address", async () => {
        const address = newAddress()
        await failTimes(MAX, () => artisanLogin(her.phone, "not-her-password", address))
        expectRefused(await artisanLogin(her.phone, ARTISAN_PASSWORD, address))

        const res = await artisanLogin(other.phone, ARTISAN_PASSWORD, address)
        expect(res.status).toBe(200)
        expect(typeof res.data.token).toBe("string")
      })

      it("forgets her failures when she logs in before the limit", async () => {
        const address = newAddress()
        await failTimes(MAX - 1, () => artisanLogin(her.phone, "not-her-password", address))
        expect((await artisanLogin(her.phone, ARTISAN_PASSWORD, address)).status).toBe(200)
        expect((await rows()).filter((r) => r.key.startsWith("phone:"))).toEqual([])

        // counting starts afresh: MAX - 1 more mistakes still leave her in
        await failTimes(MAX - 1, () => artisanLogin(her.phone, "not-her-password", address))
        expect((await artisanLogin(her.phone, ARTISAN_PASSWORD, address)).status).toBe(200)
      })

      it("counts every one of many wrong attempts sent at once, and checks no more than the limit", async () => {
        const address = newAddress()
        const burst = await Promise.all(
          Array.from({ length: 10 }, () => artisanLogin(her.phone, "not-her-password", address))
        )
        // MAX passwords are checked (and wrong); the others are refused without being checked
        expect(statuses(burst).sort()).toEqual([...Array(MAX).fill(401), ...Array(10 - MAX).fill(429)])
        burst.filter((r) => r.status === 429).forEach(expectRefused)

        expectRefused(await artisanLogin(her.phone, ARTISAN_PASSWORD, address))
        const [login] = (await rows()).filter((r) => r.key === "phone:13800000001")
        expect(login).toMatchObject({ failures: MAX, pending: 0 })
        expect(login.locked_until).not.toBeNull()
        // no attempt is left holding a place once answered
        expect((await rows()).every((r) => r.pending === 0)).toBe(true)
      })

      it("lets her in again once the lock is over", async () => {
        const address = newAddress()
        await failTimes(MAX, () => artisanLogin(her.phone, "not-her-password", address))
        expectRefused(await artisanLogin(her.phone, ARTISAN_PASSWORD, address))

        // the window and the lock, moved into the past as if the time had gone by
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(
            `update login_throttle set window_started_at = window_started_at - make_interval(secs => ?),
               locked_until = locked_until - make_interval(secs => ?)`,
            [WINDOW + 1, WINDOW + 1]
          )
        expect((await artisanLogin(her.phone, ARTISAN_PASSWORD, address)).status).toBe(200)
      })
    })

    describe("e-mail logins", () => {
      it("throttles coordinators, with the e-mail in any case", async () => {
        const address = newAddress()
        await failTimes(MAX, () =>
          post("/auth/coordinator/emailpass", { email: coordinatorEmail.toUpperCase(), password: "wrong-password" }, address)
        )
        expectRefused(await post("/auth/coordinator/emailpass", { email: coordinatorEmail, password: COORDINATOR_PASSWORD }, address))
      })

      it("throttles customers", async () => {
        const address = newAddress()
        await failTimes(MAX, () => post("/auth/customer/emailpass", { email: customerEmail, password: "wrong-password" }, address))
        expectRefused(await post("/auth/customer/emailpass", { email: ` ${customerEmail} `, password: CUSTOMER_PASSWORD }, address))
      })

      it("throttles admin users", async () => {
        const address = newAddress()
        await failTimes(MAX, () => post("/auth/user/emailpass", { email: adminEmail, password: "wrong-password" }, address))
        expectRefused(await post("/auth/user/emailpass", { email: adminEmail, password: ADMIN_PASSWORD }, address))
      })

      it("counts one e-mail's password once across actor types (it is one password)", async () => {
        const address = newAddress()
        await failTimes(2, () => post("/auth/customer/emailpass", { email: coordinatorEmail, password: "wrong-password" }, address))
        await failTimes(MAX - 2, () => post("/auth/user/emailpass", { email: coordinatorEmail, password: "wrong-password" }, address))
        expectRefused(await post("/auth/coordinator/emailpass", { email: coordinatorEmail, password: COORDINATOR_PASSWORD }, address))
        // other e-mails are not affected
        expect((await post("/auth/customer/emailpass", { email: customerEmail, password: CUSTOMER_PASSWORD }, address)).status).toBe(200)
      })
    })

    describe("one client address", () => {
      it(`refuses every login from an address with ${IP_MAX} failures; other addresses are not affected`, async () => {
        const address = newAddress()
        // IP_MAX failures spread over numbers that are never near their own limit
        const numbers = Array.from({ length: IP_MAX }, (_, i) => `1370000${String(1000 + Math.floor(i / (MAX - 1)))}`)
        for (let i = 0; i < numbers.length; i += 10) {
          const batch = await Promise.all(numbers.slice(i, i + 10).map((phone) => artisanLogin(phone, "guess-password", address)))
          expect(statuses(batch)).toEqual(Array(batch.length).fill(401))
        }

        expectRefused(await artisanLogin(her.phone, ARTISAN_PASSWORD, address))
        expectRefused(await post("/auth/customer/emailpass", { email: customerEmail, password: CUSTOMER_PASSWORD }, address))
        const elsewhere = await artisanLogin(her.phone, ARTISAN_PASSWORD, newAddress())
        expect(elsewhere.status).toBe(200)

        // routes of the same shape that are not logins are left alone, even from that address
        const refresh = await post("/auth/token/refresh", {}, address, { authorization: `Bearer ${elsewhere.data.token}` })
        expect(refresh.status).toBe(200)
        expect(typeof refresh.data.token).toBe("string")
      })

      it("does not count successful logins against the address", async () => {
        const address = newAddress()
        for (let i = 0; i < IP_MAX + 5; i++) {
          expect((await post("/auth/customer/emailpass", { email: customerEmail, password: CUSTOMER_PASSWORD }, address)).status).toBe(200)
        }
        expect((await artisanLogin(her.phone, ARTISAN_PASSWORD, address)).status).toBe(200)
      })
    })

    describe("routes that are not logins", () => {
      it("never throttles registration, and registration failures don't count", async () => {
        const address = newAddress()
        // the artisans' registration always refuses (401): six times is no lock on her login
        await failTimes(MAX + 1, () => post("/auth/artisan/phone/register", { phone: her.phone, password: "a-new-password" }, address))
        expect((await artisanLogin(her.phone, ARTISAN_PASSWORD, address)).status).toBe(200)

        // a locked customer login still reaches registration (which answers on its own terms)
        await failTimes(MAX, () => post("/auth/customer/emailpass", { email: customerEmail, password: "wrong-password" }, address))
        expectRefused(await post("/auth/customer/emailpass", { email: customerEmail, password: CUSTOMER_PASSWORD }, address))
        const register = await post("/auth/customer/emailpass/register", { email: customerEmail, password: "another-password" }, address)
        expect(register.status).not.toBe(429)
        const fresh = await post("/auth/customer/emailpass/register", { email: `new-${addressNo}@jinxiu.test`, password: "a-new-password" }, address)
        expect(fresh.status).toBe(200)
      })
    })
  },
})
