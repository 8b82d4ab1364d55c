// What the reader's history keeps of a page: each entity with the sentence it first appears in
// and the sentences that name it with a date. Worked out in slices: on a long page it goes over
// tens of thousands of marks and sentences.
import type { PageInfo } from '@/lib/protocol/card';
import { MAX_SEEN_ENTITIES, type PageSeen } from '@/lib/protocol/store';
import { contextSentencesSteps, datedSentencesSteps } from '@/lib/timeline';
import type { Annotator } from './annotator';
import { runSteps } from './slices';
import { keepMostNamed } from '@/lib/seen';

export async function seenPage(a: Annotator, info: PageInfo): Promise<PageSeen> {
  const page = a.page!;
  // The history takes a bounded number per page: a page naming more keeps its most named ones.
  const { entities, marks } = keepMostNamed(a.summary(), a.marks, MAX_SEEN_ENTITIES);
  const contexts = await runSteps(contextSentencesSteps(page.text, marks, a.sentences));
  const dated = await runSteps(
    datedSentencesSteps(page.text, marks, a.annotation?.dates ?? [], page.related, a.sentences),
  );
  return {
    ...info,
    lang: 'ar',
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      english: e.english,
      arabic: e.arabic,
      context: contexts.get(e.id),
      dated: dated.get(e.id),
    })),
  };
}
