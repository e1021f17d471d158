import crypto from "crypto"
import * as Scrypt from "scrypt-kdf"
import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
  Logger,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, isString, MedusaError } from "@medusajs/framework/utils"
import { INVALID_MOBILE_NUMBER, normalizeMainlandMobile } from "./mainland-mobile"

export type ScryptHashConfig = { logN: number; r: number; p: number }
export type PhoneAuthProviderOptions = { hashConfig?: ScryptHashConfig }

import { MIN_PASSWORD_LENGTH } from "../../domain/limits"
import { newPasswordProblem, PASSWORD_PROBLEM_TEXT } from "../../domain/passwords"

export { MIN_PASSWORD_LENGTH }
export const WRONG_PHONE_OR_PASSWORD = "手机号或密码不正确 / Wrong mobile number or password"
export const PASSWORD_REQUIRED = "请输入密码 / Password is required"
export const PASSWORD_TOO_SHORT = `密码至少 ${MIN_PASSWORD_LENGTH} 位 / Password must be at least ${MIN_PASSWORD_LENGTH} characters`
export const SELF_REGISTRATION_CLOSED =
  "绣娘账号由项目工作人员创建 / Artisan logins are created by the programme staff"

const DEFAULT_HASH_CONFIG: ScryptHashConfig = { logN: 15, r: 8, p: 1 }

/**
 * Logs artisans in with a mainland mobile number and a password (provider id "phone").
 *
 * Modelled on Medusa's emailpass provider: the password is hashed with scrypt-kdf and kept in the
 * provider identity's metadata; the identity's `entity_id` is the number in E.164. The number may
 * be typed in any usual form ("138 0000 0001", "+86 13800000001"). There is no self-registration:
 * logins are created with the artisan by the programme staff (createArtisanWorkflow).
 */
export class PhoneAuthProviderService extends AbstractAuthModuleProvider {
  static identifier = "phone"
  static DISPLAY_NAME = "Mobile number and password"

  protected readonly options_: PhoneAuthProviderOptions
  protected readonly logger_: Logger
  private dummyHash_?: Promise<Buffer>

  static validateOptions(options: PhoneAuthProviderOptions = {}): void {
    const hashConfig = options.hashConfig
    if (hashConfig && ![hashConfig.logN, hashConfig.r, hashConfig.p].every((n) => Number.isInteger(n) && n > 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "phone auth provider: hashConfig needs positive integers logN, r and p"
      )
    }
  }

  constructor({ logger }: { logger: Logger }, options: PhoneAuthProviderOptions = {}) {
    // @ts-ignore the abstract provider takes the container and options like every module provider
    super(...arguments)
    this.options_ = options
    this.logger_ = logger
  }

  async authenticate(
    data: AuthenticationInput,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const { phone, password } = (data.body ?? {}) as Record<string, unknown>
    if (!isString(password) || !password) {
      return { success: false, error: PASSWORD_REQUIRED }
    }
    const entityId = normalizeMainlandMobile(phone)
    if (!entityId) {
      return { success: false, error: INVALID_MOBILE_NUMBER }
    }

    let authIdentity: AuthIdentityDTO
    try {
      authIdentity = await authIdentityService.retrieve({ entity_id: entityId })
    } catch (error) {
      if (error?.type === MedusaError.Types.NOT_FOUND) {
        // Spend the same time as a real check, so the answer does not tell which numbers exist.
        await Scrypt.verify(await this.dummyHash(), password)
        return { success: false, error: WRONG_PHONE_OR_PASSWORD }
      }
      return { success: false, error: error.message }
    }

    if (await this.isPasswordMatch(password, authIdentity)) {
      return { success: true, authIdentity: this.sanitize(authIdentity) }
    }
    return { success: false, error: WRONG_PHONE_OR_PASSWORD }
  }

  async register(): Promise<AuthenticationResponse> {
    return { success: false, error: SELF_REGISTRATION_CLOSED }
  }

  /** Sets a new password for the identity `entity_id` (a mobile number in any usual form). */
  async update(
    data: Record<string, unknown>,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const entityId = normalizeMainlandMobile(data?.entity_id)
    if (!entityId) {
      return { success: false, error: `Cannot update ${this.provider} login: ${INVALID_MOBILE_NUMBER}` }
    }
    const { password } = data
    if (password === undefined) {
      return { success: true }
    }
    if (!isString(password)) {
      return { success: false, error: PASSWORD_TOO_SHORT }
    }
    const problem = newPasswordProblem(password)
    if (problem) {
      return { success: false, error: problem === "too_short" ? PASSWORD_TOO_SHORT : `密码${PASSWORD_PROBLEM_TEXT[problem]}` }
    }
    try {
      const current = await authIdentityService.retrieve({ entity_id: entityId })
      const providerMetadata = this.providerIdentity(current)?.provider_metadata ?? {}
      const updated = await authIdentityService.update(entityId, {
        provider_metadata: { ...providerMetadata, password: await this.hashPassword(password) },
      })
      return { success: true, authIdentity: this.sanitize(updated) }
    } catch (error) {
      return { success: false, error: error.message }
    }
  }

  async hashPassword(password: string): Promise<string> {
    const hash = await Scrypt.kdf(password, this.options_.hashConfig ?? DEFAULT_HASH_CONFIG)
    return hash.toString("base64")
  }

  protected async isPasswordMatch(password: string, authIdentity: AuthIdentityDTO): Promise<boolean> {
    const hash = this.providerIdentity(authIdentity)?.provider_metadata?.password
    if (!isString(hash)) {
      return false
    }
    return await Scrypt.verify(Buffer.from(hash, "base64"), password)
  }

  protected providerIdentity(authIdentity: AuthIdentityDTO) {
    return authIdentity.provider_identities?.find((identity) => identity.provider === this.provider)
  }

  /** A copy of the identity without the password hash. */
  protected sanitize(authIdentity: AuthIdentityDTO): AuthIdentityDTO {
    const copy = JSON.parse(JSON.stringify(authIdentity)) as AuthIdentityDTO
    const providerIdentity = this.providerIdentity(copy)
    if (providerIdentity?.provider_metadata) {
      delete providerIdentity.provider_metadata.password
    }
    return copy
  }

  private dummyHash(): Promise<Buffer> {
    this.dummyHash_ ??= Scrypt.kdf(crypto.randomBytes(16).toString("hex"), this.options_.hashConfig ?? DEFAULT_HASH_CONFIG)
    return this.dummyHash_
  }
}

export default PhoneAuthProviderService
