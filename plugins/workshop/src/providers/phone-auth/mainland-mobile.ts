/** The login's view of the domain's mainland-mobile rule: numbers are kept as E.164. */
export { INVALID_MOBILE_NUMBER, isMainlandMobile, mainlandNationalNumber, mainlandMobileE164 as normalizeMainlandMobile } from "../../domain/mobile"
