// The demo logins that `npm start` prints. The seed creates exactly these.
export function demoLogins() {
  return [
    {
      role: "admin",
      login: "admin@jinxiu.test",
      password: "jinxiu-demo",
      where: (_shopPort, backendUrl) => `${backendUrl}/app`,
    },
  ]
}
