// Is this page a news article? Every signal the content script reads from the DOM and the address
// adds its weight to one score; none alone decides except a news type declared in JSON-LD. On
// other Arabic pages nothing is marked until the reader turns the site on. (Persian and Urdu
// pages never get here: the language check comes first.)

export interface NewsSignals {
  hostname: string;
  /** The address's path (location.pathname, still percent-encoded). */
  path?: string;
  /** @type values found in JSON-LD blocks. */
  jsonLdTypes: string[];
  ogType: string;
  /** article:published_time, itemprop=datePublished or <time pubdate>. */
  hasPublishedTime: boolean;
  articleElements: number;
  /** A <main> element or role=main. */
  hasMain?: boolean;
  /** <time datetime> elements inside the main block. */
  timeElements?: number;
  /** itemprop values found on the page (articleBody, headline, author…). */
  itemprops?: string[];
  /** Texts of short byline/date elements near the story (class or itemprop names a byline, author or date). */
  bylines?: string[];
  /** Arabic letters inside <p> elements of the page's main block. */
  paragraphArabicChars: number;
  /** <p> elements there with more than a line of Arabic. */
  paragraphs: number;
}

// Exactly one of the given schema.org types: /^(a|b|…)$/.
const typeOneOf = (types: string[]): RegExp => new RegExp(`^(${types.join('|')})$`);
const NEWS_TYPES = typeOneOf([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'LiveBlogPosting',
  'Report',
]);
const ARTICLE_TYPES = /^(Article|BlogPosting|SocialMediaPosting)$/;
// Declared as something that is not a story: a product, a book, a manual page, a profile.
const OTHER_TYPES = typeOneOf([
  'Product',
  'Offer',
  'Book',
  'Chapter',
  'TechArticle',
  'ProfilePage',
  'Person',
  'Recipe',
  'Event',
  'JobPosting',
  'SoftwareApplication',
  'Course',
  'FAQPage',
  'QAPage',
  'Movie',
  'MusicRecording',
]);
const OTHER_OG = /^(website|profile|book|product|video\.\w+|music\.\w+|place|business\.\w+)$/i;

// Widely read Arabic news sites, so their article pages are recognised even without markup.
const ARABIC_NEWS_SITES = [
  'aljazeera.net',
  'alarabiya.net',
  'skynewsarabia.com',
  'bbc.com',
  'independentarabia.com',
  'aawsat.com',
  'alquds.co.uk',
  'alhurra.com',
  'france24.com',
  'rt.com',
  'aa.com.tr',
  'annahar.com',
  'alakhbar.com',
  'almayadeen.net',
  'youm7.com',
  'ahram.org.eg',
  'masrawy.com',
  'shorouknews.com',
  'almasryalyoum.com',
  'alghad.com',
  'ammonnews.net',
  'addustour.com',
  'alraimedia.com',
  'alqabas.com',
  'aljarida.com',
  'alwatan.com.sa',
  'okaz.com.sa',
  'spa.gov.sa',
  'wam.ae',
  'albayan.ae',
  'alkhaleej.ae',
  'alittihad.ae',
  'al-sharq.com',
  'raya.com',
  'qna.org.qa',
  'hespress.com',
  'alyaoum24.com',
  'echoroukonline.com',
  'elkhabar.com',
  'alchourouk.com',
  'arabi21.com',
  'alarabalyawm.net',
  'alaraby.co.uk',
  'enabbaladi.net',
  'sana.sy',
  'shafaq.com',
  'alsumaria.tv',
  'rudaw.net',
  'almadapaper.net',
  'sabanews.net',
  'aljazeera.com',
  'asharq.com',
  'dw.com',
  'euronews.com',
  'cnnarabic.com',
  'arabic.cnn.com',
  'swissinfo.ch',
  'sputniknews.com',
  'reuters.com',
  'elaph.com',
  'alrai.com',
  'petra.gov.jo',
  'kuna.net.kw',
  'wafa.ps',
  'maannews.net',
  'palinfo.com',
  'alwasat.ly',
  'libyaobserver.ly',
  'sudantribune.net',
  'alrakoba.net',
  'mc-doualiya.com',
  'akhbarelyom.com',
  'alyaum.com',
  'assabah.com.tn',
  'lbcgroup.tv',
  'almanar.com.lb',
  'mtv.com.lb',
  'elbalad.news',
  'elwatannews.com',
  'alwafd.news',
  'akhbaralaan.net',
  'al-ain.com',
  'alhadath.net',
  'aleqt.com',
];

export function onNewsSiteList(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^www\./, '');
  return ARABIC_NEWS_SITES.some((s) => h === s || h.endsWith(`.${s}`));
}

/** What the address says: a date or a long numeric id in the path reads as one story; "/" as a front page. */
export function urlShape(path: string): 'dated' | 'numbered' | 'front' | 'none' {
  const p = path.toLowerCase();
  if (/^\/(index\.\w+|ar|en|home)?\/?$/.test(p)) return 'front';
  // /2020/8/24/, /2020-06-03-, /20200317…: a year between 1990 and 2099 with a month after it.
  if (
    /(^|[/_-])(199\d|20\d\d)([/_-])(0?[1-9]|1[0-2])(\3|$)/.test(p) ||
    /(^|[/_-])(199\d|20\d\d)(0[1-9]|1[0-2])([0-3]\d)/.test(p)
  )
    return 'dated';
  if (/(^|[/_-])\d{5,}(?=$|[/_.-])/.test(p)) return 'numbered';
  return 'none';
}

// A numeric date (12/5/2024, 2024-05-12), a clock time, or a month name (Egyptian or Levantine).
const DATE_NUMERIC = /\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}/;
const MONTH_NAMES = [
  'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر',
  'كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين',
].join('|');
const DATE_IN_TEXT = new RegExp(String.raw`${DATE_NUMERIC.source}|\d{1,2}:\d{2}|(${MONTH_NAMES})`);
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** A byline that carries a date: short, with a day/month/year or a clock time in it. */
export function isDatedByline(text: string): boolean {
  const t = text.replace(DIGITS, (d) => String(d.charCodeAt(0) & 0xf)).trim();
  return t.length > 0 && t.length <= 160 && DATE_IN_TEXT.test(t);
}

/** The weighed evidence; a page reads as a news article at NEWS_SCORE or more. */
export function newsScore(s: NewsSignals): number {
  if (s.jsonLdTypes.some((t) => NEWS_TYPES.test(t))) return 10;
  let score = 0;
  if (s.jsonLdTypes.some((t) => ARTICLE_TYPES.test(t))) score += 2;
  if (s.jsonLdTypes.some((t) => OTHER_TYPES.test(t))) score -= 3;
  const og = s.ogType.trim().toLowerCase();
  if (og === 'article' || og === 'news' || og === 'newsarticle') score += 2;
  else if (OTHER_OG.test(og)) score -= 1;
  if (s.hasPublishedTime) score += 2;
  else if ((s.bylines ?? []).some(isDatedByline)) score += 1;
  if ((s.timeElements ?? 0) > 0) score += 1;
  const props = new Set((s.itemprops ?? []).map((p) => p.toLowerCase()));
  if (props.has('articlebody')) score += 2;
  else if (props.has('headline')) score += 1;
  if (s.articleElements > 0) score += 1;
  if (s.hasMain) score += 0.5;
  if (onNewsSiteList(s.hostname)) score += 3;
  const shape = urlShape(s.path ?? '');
  if (shape === 'dated') score += 1.5;
  else if (shape === 'numbered') score += 1;
  else if (shape === 'front') score -= 3;
  const chars = s.paragraphArabicChars;
  if (chars >= 800) score += 2;
  else if (chars >= 400) score += 1;
  if (s.paragraphs >= 3) score += 1;
  return score;
}

export const NEWS_SCORE = 4;

export function isNewsArticle(s: NewsSignals): boolean {
  return newsScore(s) >= NEWS_SCORE;
}
