// Is this page a news article? Decided from cheap signals the content script reads from the
// DOM; on other Arabic pages nothing is marked until the reader turns the site on.

export interface NewsSignals {
  hostname: string;
  /** @type values found in JSON-LD blocks. */
  jsonLdTypes: string[];
  ogType: string;
  hasPublishedTime: boolean;
  articleElements: number;
  /** Arabic letters inside <p> elements of the page's main block. */
  paragraphArabicChars: number;
  paragraphs: number;
}

const NEWS_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;

// Widely read Arabic news sites, so their article pages are recognised even without markup.
export const ARABIC_NEWS_SITES = [
  'aljazeera.net', 'alarabiya.net', 'skynewsarabia.com', 'bbc.com', 'independentarabia.com', 'aawsat.com', 'alquds.co.uk',
  'alhurra.com', 'france24.com', 'rt.com', 'aa.com.tr', 'annahar.com', 'alakhbar.com', 'almayadeen.net', 'youm7.com',
  'ahram.org.eg', 'masrawy.com', 'shorouknews.com', 'almasryalyoum.com', 'alghad.com', 'ammonnews.net', 'addustour.com',
  'alraimedia.com', 'alqabas.com', 'aljarida.com', 'alwatan.com.sa', 'okaz.com.sa', 'spa.gov.sa', 'wam.ae', 'albayan.ae',
  'alkhaleej.ae', 'alittihad.ae', 'al-sharq.com', 'raya.com', 'qna.org.qa', 'hespress.com', 'alyaoum24.com', 'echoroukonline.com',
  'elkhabar.com', 'alchourouk.com', 'arabi21.com', 'alarabalyawm.net', 'alaraby.co.uk', 'enabbaladi.net', 'sana.sy', 'shafaq.com',
  'alsumaria.tv', 'rudaw.net', 'almadapaper.net', 'sabanews.net', 'aljazeera.com', 'asharq.com', 'dw.com', 'euronews.com',
  'cnnarabic.com', 'swissinfo.ch', 'sputniknews.com', 'reuters.com', 'elaph.com', 'alrai.com', 'petra.gov.jo', 'kuna.net.kw',
  'wafa.ps', 'maannews.net', 'palinfo.com', 'alwasat.ly', 'libyaobserver.ly', 'sudantribune.net', 'alrakoba.net', 'mc-doualiya.com',
];

export function onNewsSiteList(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^www\./, '');
  return ARABIC_NEWS_SITES.some((s) => h === s || h.endsWith(`.${s}`));
}

export function isNewsArticle(s: NewsSignals): boolean {
  if (s.jsonLdTypes.some((t) => NEWS_TYPES.test(t))) return true;
  if (s.ogType.toLowerCase() === 'article' && (s.hasPublishedTime || s.articleElements > 0)) return true;
  if (s.hasPublishedTime && s.paragraphArabicChars >= 600) return true;
  if (onNewsSiteList(s.hostname) && s.paragraphArabicChars >= 400) return true;
  // Text density: several substantial paragraphs inside an article element read as a story.
  return s.articleElements > 0 && s.paragraphs >= 3 && s.paragraphArabicChars >= 800;
}
