// رئيس الاتحاد برند جوتشولك, للمجلس نذار فيصل المشعل, المجلس سيناقش: an organisation noun with
// its article is the body already named (the union, the council); a word with no article cannot
// be its name, since Arabic neither puts an indefinite adjective after a definite noun nor a
// definite noun in construct. The tagger's span over both is a reference and the sentence going on
// (a person, a verb), not a name; a name follows with the article or لـ (الاتحاد الدولي لكرة القدم).
import { clitics } from '../text/clitics';
import type { CueLexicon } from '../ner/cues';
import type { Candidate, Doc } from './types';

/** Is c a tagged body that opens with a definite organisation noun and a word with no article? */
export function anaphoricBody(doc: Doc, c: Candidate, cues: CueLexicon): boolean {
  if (c.type !== 'organization' || c.source !== 'tagger' || c.end - c.start < 2) return false;
  const head = clitics(doc.tokens[c.start]!.norm);
  if (!head.article || (cues.single.get(head.bare) ?? cues.single.get(head.definite)) !== 'organization') return false;
  const next = doc.tokens[c.start + 1]!;
  return next.kind === 'arabic' && !clitics(next.norm).article && !next.norm.startsWith('ل');
}
