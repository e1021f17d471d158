import { useTranslations } from "next-intl";

type ProductImageProps = {
  src: string | null | undefined;
  alt: string;
  /** Rendered size in CSS pixels; the image is square and scales to its container. */
  size: number;
  eager?: boolean;
};

/**
 * A product photo from the backend (absolute URL). A plain <img> for now (images are served
 * unoptimised); width and height reserve the space so the page doesn't shift while it loads.
 */
export function ProductImage({ src, alt, size, eager = false }: ProductImageProps) {
  const t = useTranslations("Product");

  if (!src) {
    return (
      <div
        role="img"
        aria-label={t("noImage")}
        className="flex aspect-square w-full items-center justify-center bg-gold-100 text-sm text-gold-700"
      >
        {t("noImage")}
      </div>
    );
  }

  return (
    // eslint-disable-next-line @next/next/no-img-element -- unoptimised backend images for now
    <img
      src={src}
      alt={alt}
      width={size}
      height={size}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className="aspect-square h-auto w-full bg-gold-100 object-cover"
    />
  );
}
