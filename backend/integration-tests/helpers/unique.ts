let counter = 0

/** A short suffix unique within the test run, for handles, e-mails and phone numbers. */
export function uniqueSuffix(): string {
  counter += 1
  return `${process.pid % 1000}${counter}`
}

/** A fresh mainland mobile number in E.164 (+86 139 ……). */
export function uniqueMobile(): string {
  counter += 1
  const digits = String((process.pid * 1000 + counter) % 100000000).padStart(8, "0")
  return `+86139${digits}`
}
