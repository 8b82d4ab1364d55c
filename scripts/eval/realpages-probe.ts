// Bundled by scripts/eval/realpages.ts and run inside each served page: what the content script
// decides about the page and the article text it reads, so the by-hand probe can tell a page
// that was not detected from one that was detected but gave no marks, and compare the text
// with the command line's.
import { newsSignals } from '../../entrypoints/content/news-signals';
import { textSample } from '../../entrypoints/content/page-meta';
import { extractArticle } from '../../lib/article/extract';
import type { NodeLike } from '../../lib/article/dom-like';
import { guessLanguage } from '../../lib/detect';
import { newsScore, NEWS_SCORE } from '../../lib/news';

export interface Probe {
  lang: string;
  score: number;
  detected: boolean;
  text: string;
  /** The same file parsed by the browser's own parser with no page script run (DOMParser). */
  parsedText: string;
}

(globalThis as unknown as { hamishProbe: (html: string) => Probe }).hamishProbe = (html) => {
  const lang = guessLanguage(textSample(document), document.documentElement.lang).lang;
  const score = newsScore(newsSignals(document, location));
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return {
    lang,
    score,
    detected: lang === 'ar' && score >= NEWS_SCORE,
    text: extractArticle(document.body as unknown as NodeLike).text,
    parsedText: extractArticle(parsed.body as unknown as NodeLike).text,
  };
};
