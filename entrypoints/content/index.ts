import { browser } from 'wxt/browser';
import { guessLanguage } from '@/lib/detect';
import { createClient, type Message } from '@/lib/messages';
import { pageTitle, publicationDate, textSample } from './page-meta';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const guess = guessLanguage(textSample(document), document.documentElement.lang);
    if (guess.lang !== 'ar') return;
    const send = createClient((m: Message) => browser.runtime.sendMessage(m));
    void send({
      type: 'page/seen',
      page: {
        url: location.href.split('#')[0]!,
        title: pageTitle(document),
        site: location.hostname,
        lang: 'ar',
        publishedAt: publicationDate(document),
        entities: [],
      },
    });
  },
});
