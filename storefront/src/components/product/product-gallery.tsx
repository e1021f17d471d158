"use client";

import { useTranslations } from "@/i18n/client";
import { useState } from "react";

import type { OptimizedImage } from "@/lib/catalog/optimized-image";

/** A photo as the page computed it on the server: large and as a thumbnail (optimizer srcsets). */
export type GalleryImage = { url: string; alt: string; main: OptimizedImage; thumb: OptimizedImage };

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
        {/* eslint-disable-next-line @next/next/no-img-element -- srcset from the optimizer, computed on the server */}
        <img
          key={current.url}
          {...current.main}
          alt={current.alt}
          decoding="async"
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
                {/* eslint-disable-next-line @next/next/no-img-element -- srcset from the optimizer, computed on the server */}
                <img
                  {...image.thumb}
                  alt=""
                  decoding="async"
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
