// Shared by the attack tests of both browsers: what each attack page exposes, and the colour a
// note mark leaves on the white attack page.
export interface Seen {
  messages: string[];
  events: string[];
  added: string[];
}

const over = (fg: number[], alpha: number, bg: number[]) =>
  fg.map((c, i) => Math.round(alpha * c + (1 - alpha) * bg[i]!));
const WHITE = [255, 255, 255];
const NOTE_MARK = over([0xe8, 0xa3, 0x3d], 0x55 / 255, WHITE);

/**
 * The note mark (#e8a33d at a third opacity) over the white test pages, and over a person's mark in
 * its default colour.
 */
export const NOTE_ON_WHITE = NOTE_MARK;
export const NOTE_ON_PERSON = over([0xe8, 0xa3, 0x3d], 0x55 / 255, over([0xd9, 0x77, 0x06], 0x4d / 255, WHITE));
/** How far a pixel may be from the colour: the person mark alone is 10 away in green and blue. */
export const TINT_TOLERANCE = 6;

/** A noted passage and a passage without a note or a name, on tests/pages/attack.html. */
export const NOTED = 'اتفقا على عقد اجتماع موسع';
export const NOT_NOTED = 'ضرورة فتح المعابر دون شروط';
