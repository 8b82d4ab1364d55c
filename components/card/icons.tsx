// The card's tool icons, drawn as SVG in the text colour: an emoji or arrow glyph needs a font
// that has it, and a reader without one sees an empty box (the pin did, in Debian's Chromium).
// The buttons carry the accessible names; the drawings are hidden from assistive technology.
const Svg = ({ d, class: cls }: { d: string; class?: string }) => (
  <svg class={cls} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path d={d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

/** A push pin, needle down; card.css fills its head while the card is pinned. */
export const PinIcon = () => <Svg class="pin" d="M5 1.75h6M6.25 1.75v4L3.75 9.5h8.5l-2.5-3.75v-4M8 9.5v4.75" />;

/** Arrows out to the corners (expand), or in from them (back to the normal size). */
export const WideIcon = ({ wide }: { wide: boolean }) => (
  <Svg
    d={
      wide
        ? 'M14 2 9.5 6.5M9.5 3v3.5H13M2 14l4.5-4.5M3 9.5h3.5V13'
        : 'M9.5 2H14v4.5M14 2 9.5 6.5M6.5 14H2V9.5M2 14l4.5-4.5'
    }
  />
);
