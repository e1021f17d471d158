import Image from "next/image";
import { useTranslations } from "next-intl";

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
 * the width it is shown at, in a modern format). The square box keeps the layout still while it
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
    <Image
      src={src}
      alt={alt}
      width={1200}
      height={1200}
      sizes={sizes}
      preload={priority}
      fetchPriority={priority ? "high" : undefined}
      loading={priority ? undefined : "lazy"}
      className="aspect-square h-auto w-full bg-gold-100 object-cover"
    />
  );
}
