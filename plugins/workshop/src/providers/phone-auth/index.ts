import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PhoneAuthProviderService } from "./service"

/** Auth provider "phone": artisans log in with a mainland mobile number and a password. */
export default ModuleProvider(Modules.AUTH, {
  services: [PhoneAuthProviderService],
})
