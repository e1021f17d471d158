import type { AuthIdentityDTO, AuthIdentityProviderService } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { INVALID_MOBILE_NUMBER } from "../mainland-mobile"
import {
  PASSWORD_TOO_SHORT,
  PhoneAuthProviderService,
  SELF_REGISTRATION_CLOSED,
  WRONG_PHONE_OR_PASSWORD,
} from "../service"

/** An in-memory stand-in for the auth module's identity store, as the provider sees it. */
function identityStore(): AuthIdentityProviderService & { identities: AuthIdentityDTO[] } {
  const identities: AuthIdentityDTO[] = []
  const find = (entity_id: string) =>
    identities.find((i) => i.provider_identities?.some((p) => p.provider === "phone" && p.entity_id === entity_id))
  return {
    identities,
    retrieve: async ({ entity_id }) => {
      const found = find(entity_id)
      if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `AuthIdentity with entity_id "${entity_id}" not found`)
      return JSON.parse(JSON.stringify(found))
    },
    create: async (data) => {
      const identity = {
        id: `authid_${identities.length + 1}`,
        app_metadata: {},
        provider_identities: [{ id: `pi_${identities.length + 1}`, provider: "phone", ...data }],
      } as AuthIdentityDTO
      identities.push(identity)
      return identity
    },
    update: async (entity_id, data) => {
      const found = find(entity_id)!
      Object.assign(found.provider_identities!.find((p) => p.provider === "phone")!, data)
      return JSON.parse(JSON.stringify(found))
    },
    setState: async () => {},
    getState: async () => null,
  }
}

describe("PhoneAuthProviderService", () => {
  // cheap scrypt parameters: the tests check behaviour, not hashing cost
  const provider = new PhoneAuthProviderService({ logger: console as any }, { hashConfig: { logN: 4, r: 8, p: 1 } })
  let store: ReturnType<typeof identityStore>

  beforeEach(async () => {
    store = identityStore()
    await store.create({ entity_id: "+8613800000001" })
    const set = await provider.update({ entity_id: "138 0000 0001", password: "her-password" }, store)
    expect(set.success).toBe(true)
  })

  it("is the provider with identifier 'phone'", () => {
    expect(PhoneAuthProviderService.identifier).toBe("phone")
    expect(provider.provider).toBe("phone")
  })

  it("keeps only a hash of the password, and never returns it", async () => {
    const stored = store.identities[0].provider_identities![0].provider_metadata!.password as string
    expect(stored).not.toContain("her-password")
    expect(Buffer.from(stored, "base64").subarray(0, 6).toString()).toBe("scrypt") // scrypt-kdf format, like emailpass
    const res = await provider.authenticate({ body: { phone: "13800000001", password: "her-password" } }, store)
    expect(res.success).toBe(true)
    expect(JSON.stringify(res.authIdentity)).not.toContain(stored)
  })

  it.each(["138 0000 0001", "+86 13800000001", "86-138-0000-0001"])("logs in with %s", async (phone) => {
    const res = await provider.authenticate({ body: { phone, password: "her-password" } }, store)
    expect(res).toMatchObject({ success: true, authIdentity: { id: "authid_1" } })
  })

  it("gives one answer for a wrong password and an unknown number", async () => {
    const wrong = await provider.authenticate({ body: { phone: "13800000001", password: "nope-nope" } }, store)
    const unknown = await provider.authenticate({ body: { phone: "13900000009", password: "her-password" } }, store)
    expect(wrong).toEqual({ success: false, error: WRONG_PHONE_OR_PASSWORD })
    expect(unknown).toEqual(wrong)
  })

  it("explains an invalid number and a missing password", async () => {
    expect(await provider.authenticate({ body: { phone: "12345", password: "her-password" } }, store)).toEqual({
      success: false,
      error: INVALID_MOBILE_NUMBER,
    })
    expect((await provider.authenticate({ body: { phone: "13800000001" } }, store)).success).toBe(false)
  })

  it("refuses self-registration", async () => {
    const res = await provider.register({ body: { phone: "13700000007", password: "whatever-1" } }, store)
    expect(res).toEqual({ success: false, error: SELF_REGISTRATION_CLOSED })
    expect(store.identities).toHaveLength(1)
  })

  it("sets a new password of at least 8 characters, never one with a space at its start or end (or only spaces)", async () => {
    expect(await provider.update({ entity_id: "+8613800000001", password: "short" }, store)).toEqual({
      success: false,
      error: PASSWORD_TOO_SHORT,
    })
    for (const spaced of ["          ", " a-new-password", "a-new-password "]) {
      const refused = await provider.update({ entity_id: "+8613800000001", password: spaced }, store)
      expect(refused.success, JSON.stringify(spaced)).toBe(false)
      expect(refused.error).toContain("空格")
    }
    expect((await provider.update({ entity_id: "+8613800000001", password: "a-new-password" }, store)).success).toBe(true)
    expect((await provider.authenticate({ body: { phone: "13800000001", password: "a-new-password" } }, store)).success).toBe(true)
    expect((await provider.authenticate({ body: { phone: "13800000001", password: "her-password" } }, store)).success).toBe(false)
  })
})
