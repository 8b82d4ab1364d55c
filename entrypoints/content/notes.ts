// Saved notes come back onto their passages when the page is revisited.
import { anchor } from '@/lib/notes/anchor';
import type { Send } from '@/lib/protocol/messages';
import type { Annotator } from './annotator';
import { NOTE_MARKS } from './painter';

export async function reattachNotes(annotator: Annotator, send: Send, url: string): Promise<void> {
  const r = await send({ type: 'notes/forPage', url });
  const page = annotator.page;
  if (!r.ok || !page) return;
  const ranges: Range[] = [];
  const orphans: string[] = [];
  for (const n of r.value) {
    const placed = anchor(page.text, n.quote, n.position);
    const range = placed && annotator.range(placed);
    if (range) ranges.push(range);
    else orphans.push(n.id);
  }
  annotator.orphans = orphans;
  if (ranges.length) annotator.painter.add(NOTE_MARKS, ranges);
}
