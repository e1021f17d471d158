"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { useState } from "react";

type GalleryImage = { url: string; alt: string };

const MAIN_SIZES = "(min-width: 1152px) 520px, (min-width: 768px) 45vw, 92vw";

/**
 * The product's photos: one large, the others as buttons below that show it large. The first
 * photo is the page's largest element (LCP), so it is preloaded.
 */
export function ProductGallery({ images, title }: { images: GalleryImage[]; title: string }) {
  const t = useTranslations("ProductGallery");
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];

  if (!current) {
    return (
      <div role="img" aria-label={t("noImage")} className="flex aspect-square w-full items-center justify-center bg-gold-100 text-sm text-gold-700">
        {t("noImage")}
      </div>
    );
  }

  return (
    <div className="space-y-3" data-testid="product-gallery">
      <div className="overflow-hidden rounded-sm ring-1 ring-gold-200/70">
        <Image
          key={current.url}
          src={current.url}
          alt={current.alt}
          width={1200}
          height={1200}
          sizes={MAIN_SIZES}
          preload={index === 0}
          fetchPriority={index === 0 ? "high" : undefined}
          className="aspect-square h-auto w-full bg-gold-100 object-cover"
          data-testid="gallery-main"
        />
      </div>
      {images.length > 1 && (
        <ul className="grid grid-cols-4 gap-3" aria-label={t("thumbnailsLabel", { title })}>
          {images.map((image, position) => (
            <li key={image.url}>
              <button
                type="button"
                onClick={() => setIndex(position)}
                aria-pressed={position === index}
                aria-label={t("show", { number: position + 1, total: images.length })}
                className={`block w-full overflow-hidden rounded-sm ring-1 ${
                  position === index ? "ring-2 ring-cinnabar-700" : "ring-gold-200/70 hover:ring-gold-400"
                }`}
              >
                <Image
                  src={image.url}
                  alt=""
                  width={1200}
                  height={1200}
                  sizes="(min-width: 768px) 120px, 22vw"
                  loading="lazy"
                  className="aspect-square h-auto w-full bg-gold-100 object-cover"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
