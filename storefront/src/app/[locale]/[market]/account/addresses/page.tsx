import type { HttpTypes } from "@medusajs/types";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { AddressForm } from "@/components/account/address-form";
import { requireCustomer } from "@/components/account/require-customer";
import { ClientMessages } from "@/components/checkout/client-messages";
import { Link } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { deleteAddress, setDefaultAddress } from "@/lib/actions/account";
import { addressToFormValues, formatAddressLines } from "@/lib/checkout/address";
import { chinaDivisionChoicesFor } from "@/lib/checkout/china-divisions-data";
import { getMarketRegion } from "@/lib/data/regions";
import { type Market, isMarket } from "@/lib/market";
import { getMedusaSdk } from "@/lib/medusa";
import { renderPerRequest } from "@/lib/security/per-request";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/account/addresses">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("addressesHeading"), robots: { index: false } };
}

async function countriesOf(market: Market): Promise<string[]> {
  const region = await getMarketRegion(market);
  const { region: full } = await getMedusaSdk().store.region.retrieve(region.id, { fields: "id,*countries" });
  return (full.countries ?? []).map((country) => country.iso_2?.toLowerCase() ?? "").filter(Boolean);
}

const formatOf = (address: HttpTypes.StoreCustomerAddress): Market => (address.country_code?.toLowerCase() === "cn" ? "cn" : "intl");

/** The customer's saved addresses: add (China or international format), edit, delete, default. */
export default async function AddressesPage({ params, searchParams }: PageProps<"/[locale]/[market]/account/addresses">) {
  await renderPerRequest();
  const { locale, market } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  const customer = await requireCustomer(locale, "/account/addresses");
  const t = await getTranslations({ locale, namespace: "Account" });
  const query = await searchParams;
  const addresses = [...(customer.addresses ?? [])].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping));
  const countryName = (code: string) => new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code;

  const editing = typeof query.edit === "string" ? addresses.find((address) => address.id === query.edit) : undefined;
  const adding = query.add === "cn" || query.add === "intl" ? (query.add as Market) : null;
  const formFormat = editing ? formatOf(editing) : adding;
  const countries = formFormat ? await countriesOf(formFormat) : [];
  const initial = formFormat ? addressToFormValues(formFormat, editing ?? null) : {};

  return (
    <section className="space-y-8 py-10 sm:py-14" data-testid="addresses-page">
      <header className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("addressesHeading")}</h1>
        <AccountNav locale={locale} current="addresses" />
      </header>

      {formFormat ? (
        <section aria-labelledby="address-form-heading" className="max-w-2xl space-y-4">
          <h2 id="address-form-heading" className="text-lg font-medium text-ink">
            {editing ? t("editAddressTitle") : formFormat === "cn" ? t("addChinaAddress") : t("addIntlAddress")}
          </h2>
          <ClientMessages locale={locale} namespaces={["Account", "FieldErrors", "AddressForm", "CheckoutErrors"]}>
            <AddressForm
              locale={locale}
              format={formFormat}
              countries={countries}
              addressId={editing?.id}
              initial={initial}
              divisions={formFormat === "cn" ? chinaDivisionChoicesFor(initial) : null}
              isDefault={Boolean(editing?.is_default_shipping)}
            />
          </ClientMessages>
        </section>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Link href="/account/addresses?add=cn" className="inline-flex min-h-11 items-center rounded-full bg-cinnabar-700 px-5 text-sm text-paper hover:bg-cinnabar-800" data-testid="add-cn-address">
            {t("addChinaAddress")}
          </Link>
          <Link href="/account/addresses?add=intl" className="inline-flex min-h-11 items-center rounded-full border border-gold-200 px-5 text-sm text-ink hover:border-cinnabar-700" data-testid="add-intl-address">
            {t("addIntlAddress")}
          </Link>
        </div>
      )}

      {addresses.length === 0 ? (
        <p className="text-ink-muted" data-testid="no-addresses">
          {t("noAddresses")}
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="address-list">
          {addresses.map((address) => {
            const lines = formatAddressLines(address, countryName);
            return (
              <li key={address.id} className="flex flex-col justify-between gap-4 rounded-sm border border-gold-200 p-4" data-testid="address-card" data-default={address.is_default_shipping}>
                <div className="text-sm text-ink">
                  {address.is_default_shipping && (
                    <p className="mb-2 inline-block rounded-full bg-gold-100 px-3 py-0.5 text-xs text-gold-700" data-testid="default-badge">
                      {t("defaultBadge")}
                    </p>
                  )}
                  {lines.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </div>
                <div className="flex flex-wrap gap-2 text-sm">
                  <Link href={`/account/addresses?edit=${address.id}`} className="inline-flex min-h-11 items-center rounded-full border border-gold-200 px-4 hover:border-cinnabar-700" data-testid="address-edit">
                    {t("editAddress")}
                  </Link>
                  {!address.is_default_shipping && (
                    <form action={setDefaultAddress}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="address_id" value={address.id} />
                      <button type="submit" className="inline-flex min-h-11 items-center rounded-full border border-gold-200 px-4 hover:border-cinnabar-700" data-testid="address-make-default">
                        {t("makeDefault")}
                      </button>
                    </form>
                  )}
                  <form action={deleteAddress}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="address_id" value={address.id} />
                    <button
                      type="submit"
                      aria-label={t("deleteAddressFor", { summary: lines.slice(0, 2).join(" ") })}
                      className="inline-flex min-h-11 items-center rounded-full px-4 text-cinnabar-700 hover:underline"
                      data-testid="address-delete"
                    >
                      {t("deleteAddress")}
                    </button>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
