import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Container, RequestConfig, TestApi } from "./types"
import { uniqueSuffix } from "./unique"

export const CUSTOMER_PASSWORD = "customer-password-1"

/**
 * Headers for /store/*: a new publishable API key, linked to a new sales channel (Medusa answers
 * 400 on /store/* without one).
 */
export async function publishableKeyHeaders(
  container: Container
): Promise<RequestConfig & { salesChannelId: string; publishableKey: string }> {
  const salesChannel = await container
    .resolve(Modules.SALES_CHANNEL)
    .createSalesChannels({ name: `Test shop ${uniqueSuffix()}` })
  const key = await container
    .resolve(Modules.API_KEY)
    .createApiKeys({ title: "test storefront", type: "publishable", created_by: "test" })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.API_KEY]: { publishable_key_id: key.id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannel.id },
  })
  return {
    headers: { "x-publishable-api-key": key.token },
    salesChannelId: salesChannel.id,
    publishableKey: key.token,
  }
}

/**
 * A new Medusa customer with an emailpass login (password CUSTOMER_PASSWORD), logged in through
 * `POST /auth/customer/emailpass`. The headers carry her bearer token and a publishable key.
 */
export async function customerHeaders(
  api: TestApi,
  container: Container
): Promise<RequestConfig & { customerId: string; email: string }> {
  const email = `customer-${uniqueSuffix()}@jinxiu.test`
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email, first_name: "Test" })

  const auth = container.resolve(Modules.AUTH)
  const registered = await auth.register("emailpass", { body: { email, password: CUSTOMER_PASSWORD } })
  if (!registered.success || !registered.authIdentity) {
    throw new Error(`customerHeaders: could not create the customer login: ${registered.error}`)
  }
  await auth.updateAuthIdentities({ id: registered.authIdentity.id, app_metadata: { customer_id: customer.id } })

  const login = await api.post("/auth/customer/emailpass", { email, password: CUSTOMER_PASSWORD })
  const store = await publishableKeyHeaders(container)
  return {
    headers: { authorization: `Bearer ${login.data.token}`, ...store.headers },
    customerId: customer.id,
    email,
  }
}
