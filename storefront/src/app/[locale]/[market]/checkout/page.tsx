import { formatMoney } from "@jinxiu/workshop/domain/money";
import type { HttpTypes } from "@medusajs/types";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Totals } from "@/components/cart/totals";
import { ClientMessages } from "@/components/checkout/client-messages";
import { ContactStep, type SavedAddress } from "@/components/checkout/contact-step";
import { PaymentStep } from "@/components/checkout/payment-step";
import { ReviewStep } from "@/components/checkout/review-step";
import { ShippingStep } from "@/components/checkout/shipping-step";
import { SummaryLines } from "@/components/checkout/summary-lines";
import { Link, redirect } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { addressToFormValues, formatAddressLines, normalizeEmail, validateAddress } from "@/lib/checkout/address";
import { chinaDivisionChoicesFor, chinaDivisions } from "@/lib/checkout/china-divisions-data";
import { type CheckoutStep, activeStep, checkoutSteps } from "@/lib/checkout/steps";
import { lineViews } from "@/lib/checkout/line-views";
import { cheapestFirst, optionPrice } from "@/lib/checkout/shipping-choice";
import { listCartShippingOptions, localizedVariantTitles, retrieveCartForMarket } from "@/lib/data/cart";
import { retrieveCustomer } from "@/lib/data/customer";
import { STRIPE_PROVIDER, isUsableProvider, listPaymentProviders, stripePublishableKey } from "@/lib/data/payment";
import { type Market, isMarket } from "@/lib/market";
import { renderPerRequest } from "@/lib/security/per-request";

// Per visitor (cart and login cookies): never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/[market]/checkout">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "CheckoutPage" });
  return { title: t("title"), robots: { index: false } };
}

const CLIENT_NAMESPACES = ["CheckoutPage", "CheckoutErrors", "FieldErrors", "AddressForm", "Totals"];

export default async function CheckoutPage({ params, searchParams }: PageProps<"/[locale]/[market]/checkout">) {
  await renderPerRequest();
  const { locale, market } = await params;
  if (!hasLocale(routing.locales, locale) || !isMarket(market)) notFound();
  const cart = await retrieveCartForMarket(market, locale);
  if (!cart || !(cart.items ?? []).length) redirect({ href: "/cart", locale });
  return <Checkout cart={cart!} locale={locale} market={market} requested={(await searchParams).step} />;
}

async function Checkout({ cart, locale, market, requested }: { cart: HttpTypes.StoreCart; locale: AppLocale; market: Market; requested: unknown }) {
  const t = await getTranslations({ locale, namespace: "CheckoutPage" });
  const shippingNames = await getTranslations({ locale, namespace: "ShippingOptions" });
  const countries = (cart.region?.countries ?? []).map((country) => country.iso_2?.toLowerCase() ?? "").filter(Boolean);
  const customer = await retrieveCustomer();

  // What is already done decides the step; a done step can be opened again (?step=).
  const storedAddress = addressToFormValues(market, cart.shipping_address);
  const contactDone = Boolean(normalizeEmail(cart.email)) && validateAddress(market, storedAddress, countries, chinaDivisions()).ok;
  const shippingMethod = (cart.shipping_methods ?? [])[0] ?? null;
  const session = (cart.payment_collection?.payment_sessions ?? []).find((s) => s.status === "pending" || s.status === "authorized") ?? null;
  const done: Record<CheckoutStep, boolean> = {
    contact: contactDone,
    shipping: contactDone && Boolean(shippingMethod),
    payment: contactDone && Boolean(shippingMethod) && Boolean(session && isUsableProvider(session.provider_id)),
    review: false,
  };
  const active = activeStep(done, requested);

  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, locale, { currency: cart.currency_code });
  const countryName = (code: string) => new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code;

  // The options that deliver to the address, cheapest first (the first is preselected).
  const shippingOptions = contactDone
    ? cheapestFirst(await listCartShippingOptions(cart.id))
    : [];
  const methodOption = shippingOptions.find((option) => option.id === shippingMethod?.shipping_option_id);

  let stepBody: ReactNode = null;
  if (active === "contact") {
    const fitsMarket = (address: { country_code?: string | null }) =>
      market === "cn" ? address.country_code?.toLowerCase() === "cn" : countries.includes(address.country_code?.toLowerCase() ?? "");
    const saved: SavedAddress[] = (customer?.addresses ?? []).filter(fitsMarket).map((address) => ({
      id: address.id,
      label: formatAddressLines(address, countryName).slice(0, 3).join(", "),
      address: address as unknown as Record<string, string | null>,
    }));
    const defaultAddress = (customer?.addresses ?? []).find((address) => address.is_default_shipping && fitsMarket(address));
    // A new cart in a one-country region already has an address with only its country: that
    // one doesn't count as filled in.
    const cartAddressFits = cart.shipping_address && fitsMarket(cart.shipping_address) && Boolean(cart.shipping_address.address_1);
    const initial = {
      email: cart.email ?? customer?.email ?? "",
      ...addressToFormValues(market, cartAddressFits ? cart.shipping_address : defaultAddress ?? null),
    };
    stepBody = (
      <ContactStep
        locale={locale}
        market={market}
        countries={countries}
        initial={initial}
        divisions={market === "cn" ? chinaDivisionChoicesFor(initial) : null}
        savedAddresses={saved}
        loggedInEmail={customer?.email ?? null}
      />
    );
  } else if (active === "shipping") {
    stepBody = (
      <ShippingStep
        locale={locale}
        selectedId={shippingMethod?.shipping_option_id ?? null}
        options={shippingOptions.map((option) => ({
          id: option.id,
          label: shippingLabel(option, shippingNames),
          price: money(optionPrice(option)),
        }))}
      />
    );
  } else if (active === "payment") {
    const providers = (await listPaymentProviders(cart.region_id!)).map((provider) => provider.id).filter(isUsableProvider);
    stepBody = <PaymentStep locale={locale} providers={providers} selectedId={session?.provider_id ?? null} />;
  } else if (active === "review") {
    const publishableKey = stripePublishableKey();
    const clientSecret = (session?.data as { client_secret?: string } | undefined)?.client_secret;
    const stripe = session?.provider_id === STRIPE_PROVIDER && publishableKey && clientSecret ? { publishableKey, clientSecret } : null;
    stepBody = (
      <div className="space-y-4">
        <p className="text-ink-muted">{t("reviewIntro")}</p>
        <ReviewStep locale={locale} stripe={stripe} total={money(cart.total)} />
      </div>
    );
  }

  const summaries: Record<CheckoutStep, ReactNode> = {
    contact: contactDone ? (
      <div className="text-sm text-ink" data-testid="contact-summary">
        <p className="break-all">{cart.email}</p>
        {formatAddressLines(cart.shipping_address, countryName).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    ) : null,
    shipping: shippingMethod ? (
      <p className="text-sm text-ink" data-testid="shipping-summary">
        {methodOption ? shippingLabel(methodOption, shippingNames) : shippingMethod.name} · {money(shippingMethod.subtotal ?? shippingMethod.amount)}
      </p>
    ) : null,
    payment: session ? (
      <p className="text-sm text-ink" data-testid="payment-summary">
        {session.provider_id === "pp_system_default" || session.provider_id === STRIPE_PROVIDER
          ? t(`providers.${session.provider_id}`)
          : session.provider_id}
      </p>
    ) : null,
    review: null,
  };

  const titles = locale === "zh-CN" ? {} : await localizedVariantTitles((cart.items ?? []).map((item) => item.product_id ?? ""), locale);
  const lines = lineViews(cart.items ?? [], cart.currency_code, locale, titles);

  return (
    <section className="py-10 sm:py-14" data-testid="checkout-page" data-step={active}>
      <h1 className="text-2xl font-semibold tracking-wide text-ink sm:text-3xl">{t("title")}</h1>
      {!customer && (
        <p className="mt-2 text-sm text-ink-muted">
          {t("loginHint")}{" "}
          <Link href="/account/login?next=/checkout" className="text-cinnabar-700 underline underline-offset-4">
            {t("loginLink")}
          </Link>
        </p>
      )}
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <ClientMessages locale={locale} namespaces={CLIENT_NAMESPACES}>
          <ol aria-label={t("stepsLabel")} className="space-y-4">
            {checkoutSteps.map((step, index) => {
              const isActive = step === active;
              const headingId = `step-${step}-heading`;
              return (
                <li
                  key={step}
                  aria-labelledby={headingId}
                  aria-current={isActive ? "step" : undefined}
                  data-testid={`checkout-step-${step}`}
                  data-done={done[step]}
                  className={`rounded-sm border p-4 sm:p-6 ${isActive ? "border-cinnabar-700/40 bg-paper" : "border-gold-200/70"}`}
                >
                  <div className="flex items-baseline justify-between gap-4">
                    <h2 id={headingId} className={`text-lg font-medium ${isActive || done[step] ? "text-ink" : "text-ink-muted"}`}>
                      <span className="mr-2 text-sm text-gold-700">{t("step", { number: index + 1 })}</span>
                      {t(`steps.${step}`)}
                    </h2>
                    {!isActive && done[step] && (
                      <Link
                        href={`/checkout?step=${step}`}
                        className="min-h-11 shrink-0 px-2 py-2 text-sm text-cinnabar-700 underline-offset-4 hover:underline"
                        aria-label={t("editStep", { step: t(`steps.${step}`) })}
                        data-testid={`edit-${step}`}
                      >
                        {t("edit")}
                      </Link>
                    )}
                  </div>
                  {isActive ? <div className="mt-5">{stepBody}</div> : done[step] && <div className="mt-3">{summaries[step]}</div>}
                </li>
              );
            })}
          </ol>
        </ClientMessages>
        <aside aria-labelledby="summary-heading" className="space-y-6 rounded-sm bg-gold-100/50 p-5 sm:p-6 lg:self-start">
          <h2 id="summary-heading" className="text-sm font-medium tracking-widest text-gold-700">
            {t("summaryHeading")}
          </h2>
          <SummaryLines lines={lines} quantityLabel={(count) => `× ${count}`} />
          <Totals
            data={{
              currency_code: cart.currency_code,
              item_subtotal: cart.item_subtotal,
              shipping_subtotal: cart.shipping_subtotal,
              discount_subtotal: (cart as { discount_subtotal?: number }).discount_subtotal ?? cart.discount_total,
              tax_total: cart.tax_total,
              total: cart.total,
              hasShipping: Boolean(shippingMethod),
            }}
          />
          <Link href="/cart" className="inline-block text-sm text-cinnabar-700 underline-offset-4 hover:underline">
            {t("backToCart")}
          </Link>
        </aside>
      </div>
    </section>
  );
}

type ShippingLike = { name?: string | null; type?: { code?: string | null } | null };

/** The shipping option's name in the page's language (by its type code), else its own name. */
function shippingLabel(option: ShippingLike, names: Awaited<ReturnType<typeof getTranslations<"ShippingOptions">>>): string {
  const code = option.type?.code ?? null;
  if (code && names.has(code as "standard")) return names(code as "standard");
  return option.name ?? "";
}
