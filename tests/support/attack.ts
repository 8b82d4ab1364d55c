// Shared by the attack tests of both browsers: what each attack page exposes, and the colour a
// note mark leaves on the white attack page.
export interface Seen {
  messages: string[];
  events: string[];
  added: string[];
}

/** The note mark, #e8a33d at a third opacity, over the white page. */
export const NOTE_ON_WHITE = [247, 225, 191];

/** A noted passage and a passage without a note or a name, on tests/pages/attack.html. */
export const NOTED = 'اتفقا على عقد اجتماع موسع';
export const NOT_NOTED = 'ضرورة فتح المعابر دون شروط';
