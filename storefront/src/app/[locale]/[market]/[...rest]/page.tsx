import { notFound } from "next/navigation";

// Any other path under a locale renders the localized not-found page of [locale].
export default function UnknownPage() {
  notFound();
}
