import { useTranslations } from "next-intl";
import { CARD_WIDTHS, optimizedImage } from "@/lib/catalog/optimized-image";

type ProductImageProps = {
  src: string | null | undefined;
  alt: string;
  /**
   * How wide the image is shown at each breakpoint (the `sizes` attribute), so the browser picks
   * a file of the right width from the optimizer's set (WebP/AVIF, resized).
   */
  sizes: string;
  /** The page's largest image (LCP): preloaded and fetched with high priority. */
  priority?: boolean;
};

/**
 * A square product photo from the backend, served through Next's image optimizer (resized to
 * the width it is shown at, in a modern format), as a plain <img> (lib/catalog/optimized-image.ts). The square box keeps the layout still while it
 * loads.
 */
export function ProductImage({ src, alt, sizes, priority = false }: ProductImageProps) {
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
    // eslint-disable-next-line @next/next/no-img-element -- the optimizer's srcset, computed on the server
    <img
      {...optimizedImage(src, sizes, { priority, widths: CARD_WIDTHS })}
      alt={alt}
      decoding="async"
      fetchPriority={priority ? "high" : undefined}
      loading={priority ? undefined : "lazy"}
      className="aspect-square h-auto w-full bg-gold-100 object-cover"
    />
  );
}
