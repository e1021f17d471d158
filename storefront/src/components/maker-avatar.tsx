type MakerAvatarProps = {
  name: string;
  /** only when she consented to a public profile */
  photoUrl?: string | null;
  size: number;
};

/**
 * A maker's photo, or (without one) the first character of her name on a gold ground. The name
 * is always written next to it, so the picture itself is decorative for screen readers.
 */
export function MakerAvatar({ name, photoUrl, size }: MakerAvatarProps) {
  if (photoUrl) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- small portrait from any host the programme uses
      <img
        src={photoUrl}
        alt=""
        width={size}
        height={size}
        loading="lazy"
        decoding="async"
        className="shrink-0 rounded-full bg-gold-200 object-cover"
        style={{ width: size, height: size }}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className="flex shrink-0 items-center justify-center rounded-full bg-gold-200 font-medium text-gold-700"
      style={{ width: size, height: size, fontSize: size * 0.4 }}
    >
      {Array.from(name.trim())[0] ?? "·"}
    </span>
  );
}
