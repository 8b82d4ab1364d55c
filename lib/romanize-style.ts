// The reader picks how romanizations are shown: the strict form (simplified ALA-LC, with
// macrons and dots) as the engine gives it, or plain ASCII folded from it (lib/text/romanize.ts).
import { toAscii } from './text/romanize';

export function showRomanization(strict: string, style: 'strict' | 'ascii'): string {
  return style === 'strict' ? strict : toAscii(strict);
}
