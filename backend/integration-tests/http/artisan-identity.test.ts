import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminHeaders,
  ARTISAN_PASSWORD,
  createArtisan,
  createCoordinator,
  createWorkshop,
  customerHeaders,
  loginArtisan,
  type RequestConfig,
} from "../helpers"

const failed = (e: any) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let her: Awaited<ReturnType<typeof createArtisan>>
    let other: Awaited<ReturnType<typeof createArtisan>>

    // Made once, before the first test: test-utils snapshots the database then and restores it
    // before every test, so each test starts from this state.
    beforeAll(async () => {
      const container = getContainer()
      const workshopId = (await createWorkshop(container, { name_zh: "四会金绣工坊", name_en: "Sihui Gold Embroidery" })).id
      her = await createArtisan(api, container, { workshopId, phone: "13800000001", display_name: "阿珍", monthly_goal: 2000 })
      other = await createArtisan(api, container, { workshopId, display_name: "阿玲" })
    })

    describe("artisan login with phone and password", () => {
      it.each(["138 0000 0001", "+86 13800000001", "86-138-0000-0001", "13800000001"])(
        "logs her in with the number written as %s",
        async (phone) => {
          const res = await api.post("/auth/artisan/phone", { phone, password: ARTISAN_PASSWORD })
          expect(res.status).toBe(200)
          expect(typeof res.data.token).toBe("string")
          const me = await api.get("/artisan/me", { headers: { authorization: `Bearer ${res.data.token}` } })
          expect(me.data.artisan.id).toBe(her.artisan.id)
        }
      )

      it("refuses a wrong password, and an unknown number with the same answer (401)", async () => {
        const wrong = await api.post("/auth/artisan/phone", { phone: "13800000001", password: "not-her-password" }).catch(failed)
        expect(wrong.status).toBe(401)
        expect(wrong.data.message).toBe("手机号或密码不正确 / Wrong mobile number or password")
        const unknown = await api.post("/auth/artisan/phone", { phone: "13900000009", password: ARTISAN_PASSWORD }).catch(failed)
        expect(unknown.status).toBe(401)
        expect(unknown.data.message).toBe(wrong.data.message)
      })

      it("explains a number that is not a mainland mobile number", async () => {
        for (const phone of ["12800000001", "1380000000", "+1 415 555 0100", "abc"]) {
          const res = await api.post("/auth/artisan/phone", { phone, password: ARTISAN_PASSWORD }).catch(failed)
          expect(res.status).toBe(401)
          expect(res.data.message).toBe("手机号格式不正确 / Invalid mobile number")
        }
      })

      it("has no self-registration, and no e-mail login for artisans", async () => {
        const register = await api
          .post("/auth/artisan/phone/register", { phone: "13700000007", password: "a-new-password" })
          .catch(failed)
        expect(register.status).toBe(401)
        expect(register.data.message).toMatch(/programme staff/)
        const emailpass = await api
          .post("/auth/artisan/emailpass", { email: "someone@example.com", password: "whatever-1" })
          .catch(failed)
        expect(emailpass.status).toBe(400)
        // nobody can log in as a customer with the phone provider either
        const customerByPhone = await api
          .post("/auth/customer/phone", { phone: "13800000001", password: ARTISAN_PASSWORD })
          .catch(failed)
        expect(customerByPhone.status).toBe(400)
      })
    })

    describe("/artisan/me", () => {
      it("shows her own profile and her workshop, nothing private of anyone else", async () => {
        const res = await api.get("/artisan/me", her.headers)
        expect(res.status).toBe(200)
        expect(res.data.artisan).toMatchObject({
          id: her.artisan.id,
          display_name: "阿珍",
          joined_on: "2024-03-01",
          status: "active",
          monthly_goal: 2000,
          public_profile: false,
          workshop: { name_zh: "四会金绣工坊", name_en: "Sihui Gold Embroidery" },
        })
        expect(res.data.artisan).not.toHaveProperty("legal_name")
        const theirs = await api.get("/artisan/me", other.headers)
        expect(theirs.data.artisan.id).toBe(other.artisan.id)
      })

      it("ignores any id in the request: identity comes from the session", async () => {
        const res = await api.get(`/artisan/me?id=${other.artisan.id}`, her.headers)
        expect(res.data.artisan.id).toBe(her.artisan.id)
      })

      it("sets and clears her monthly goal", async () => {
        const set = await api.post("/artisan/me/goal", { monthly_goal: 3500.5 }, her.headers)
        expect(set.status).toBe(200)
        expect(set.data.artisan.monthly_goal).toBe(3500.5)
        const cleared = await api.post("/artisan/me/goal", { monthly_goal: null }, her.headers)
        expect(cleared.data.artisan.monthly_goal).toBeNull()
        const untouched = await api.get("/artisan/me", other.headers)
        expect(untouched.data.artisan.monthly_goal).toBeNull()
      })

      it("refuses a goal out of range or not a number, naming the field, and keeps the old one", async () => {
        for (const monthly_goal of [-1, 100001, "3000", 12.345]) {
          const res = await api.post("/artisan/me/goal", { monthly_goal }, her.headers).catch(failed)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/monthly_goal/)
        }
        const extra = await api
          .post("/artisan/me/goal", { monthly_goal: 10, artisan_id: other.artisan.id }, her.headers)
          .catch(failed)
        expect(extra.status).toBe(400)
        expect((await api.get("/artisan/me", her.headers)).data.artisan.monthly_goal).toBe(2000)
      })

      it("changes her password after checking the current one", async () => {
        const wrong = await api
          .post("/artisan/me/password", { current_password: "not-it-at-all", new_password: "new-password-2" }, her.headers)
          .catch(failed)
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toMatch(/^current_password: /)

        const short = await api
          .post("/artisan/me/password", { current_password: ARTISAN_PASSWORD, new_password: "short" }, her.headers)
          .catch(failed)
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/new_password/)

        // neither attempt changed anything
        expect((await loginArtisan(api, her.phone, ARTISAN_PASSWORD)).headers.authorization).toMatch(/^Bearer /)

        const ok = await api.post(
          "/artisan/me/password",
          { current_password: ARTISAN_PASSWORD, new_password: "new-password-2" },
          her.headers
        )
        expect(ok.status).toBe(200)
        expect(ok.data).toEqual({ success: true })

        const fresh = await loginArtisan(api, her.phone, "new-password-2")
        expect((await api.get("/artisan/me", fresh)).data.artisan.id).toBe(her.artisan.id)
        const old = await api.post("/auth/artisan/phone", { phone: her.phone, password: ARTISAN_PASSWORD }).catch(failed)
        expect(old.status).toBe(401)
        // the other artisan's password is untouched
        expect((await loginArtisan(api, other.phone, ARTISAN_PASSWORD)).headers.authorization).toMatch(/^Bearer /)
      })
    })

    describe("the artisan route tree is closed to everyone else", () => {
      it("refuses no token, a coordinator, a customer and an admin (401)", async () => {
        const container = getContainer()
        const workshopId = (await createWorkshop(container)).id
        const coordinator = await createCoordinator(api, container, { workshopIds: [workshopId] })
        const callers: [string, RequestConfig | undefined][] = [
          ["nobody", undefined],
          ["coordinator", coordinator.headers],
          ["customer", await customerHeaders(api, container)],
          ["admin", await adminHeaders(container)],
        ]
        for (const [who, headers] of callers) {
          for (const [method, url] of [
            ["get", "/artisan/me"],
            ["post", "/artisan/me/goal"],
            ["post", "/artisan/me/password"],
          ] as const) {
            const res =
              method === "get"
                ? await api.get(url, headers).catch(failed)
                : await api.post(url, { monthly_goal: 1 }, headers).catch(failed)
            expect({ who, url, status: res.status }).toEqual({ who, url, status: 401 })
          }
        }
      })

      it("refuses an artisan's token on /coordinator/* and /admin/* (401)", async () => {
        const { headers } = her
        for (const url of ["/coordinator/me", "/coordinator/artisans", "/coordinator/piece-types", "/admin/artisans", "/admin/workshops"]) {
          const res = await api.get(url, headers).catch(failed)
          expect({ url, status: res.status }).toEqual({ url, status: 401 })
        }
      })
    })
  },
})
