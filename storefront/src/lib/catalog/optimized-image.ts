import "server-only";
import { getImageProps } from "next/image";
import { preload } from "react-dom";
import { srcSetOf } from "./image-config";

export { CARD_WIDTHS, GALLERY_MAIN_WIDTHS, GALLERY_THUMB_WIDTHS } from "./image-config";

/** The attributes of a plain <img> served through Next's image optimizer (resized, WebP/AVIF). */
export type OptimizedImage = { src: string; srcSet?: string; sizes?: string; width: number; height: number };

/**
 * A square product photo (the backend stores them at 1200 px) as <img> attributes from Next's
 * image optimizer, computed on the server: the page gets the same srcset as with <Image>, without
 * Next's image component in the browser's JavaScript. `priority`: the page's largest image (LCP),
 * preloaded from the document head with high priority.
 */
export function optimizedImage(
  src: string,
  sizes: string,
  { priority = false, widths }: { priority?: boolean; widths?: readonly number[] } = {},
): OptimizedImage {
  const { props } = getImageProps({ src, alt: "", width: 1200, height: 1200, sizes });
  const image: OptimizedImage = {
    src: props.src,
    srcSet: widths ? srcSetOf(props.src, widths) : props.srcSet,
    sizes: props.sizes,
    width: Number(props.width),
    height: Number(props.height),
  };
  if (priority) {
    preload(image.src, { as: "image", imageSrcSet: image.srcSet, imageSizes: image.sizes, fetchPriority: "high" });
  }
  return image;
}

/** How wide the product page shows its photos: large, and as thumbnails below. */
export const GALLERY_MAIN_SIZES = "(min-width: 1152px) 520px, (min-width: 768px) 45vw, 92vw";
export const GALLERY_THUMB_SIZES = "(min-width: 768px) 120px, 22vw";
