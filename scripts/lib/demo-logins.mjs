// The demo logins that `npm start` prints. The seed creates exactly these (seed/src/demo/people.ts):
// the admin, one coordinator per workshop (coordinator.<handle>@jinxiu.test), and 46 artisans who
// log in with their phone (138000000NN); the demo artisan is the first of them.
const PASSWORD = "jinxiu-demo"

/** The workshops' handles; each has a coordinator login coordinator.<handle>@jinxiu.test. */
export const DEMO_WORKSHOPS = [
  "jinxiu-base",
  "dinghu-handicraft",
  "guangning-handicraft",
  "huaiji-handicraft",
  "duanzhou-gold",
  "gaoyao-gold",
  "sihui-gold",
]

export const coordinatorLogin = (handle) => `coordinator.${handle}@jinxiu.test`

export function demoLogins() {
  return [
    {
      role: "admin",
      login: "admin@jinxiu.test",
      password: PASSWORD,
      where: (_shopPort, backendUrl) => `${backendUrl}/app`,
    },
    ...DEMO_WORKSHOPS.map((handle) => ({
      role: "coordinator",
      login: coordinatorLogin(handle),
      password: PASSWORD,
      where: (_shopPort, backendUrl) => `POST ${backendUrl}/auth/coordinator/emailpass, then /coordinator/*`,
    })),
    {
      role: "artisan",
      login: "13800000001",
      password: PASSWORD,
      where: (_shopPort, backendUrl) => `POST ${backendUrl}/auth/artisan/phone, then /artisan/*  (陈阿兰, jinxiu-base)`,
    },
  ]
}
