import { render } from 'preact';
import { browser } from 'wxt/browser';
import { makeTranslate, uiDirection } from '@/components/i18n';
import { Options, type OptionsProps } from '@/components/Options';
import { createClient, type Message } from '@/lib/protocol/messages';
import type { Settings } from '@/lib/settings';
import { loadSettings, saveSettings, watchSettings } from '@/utils/settings';
import '@/components/ui.css';

const t = makeTranslate((k, s) => browser.i18n.getMessage(k as never, s));
const send = createClient((m: Message) => browser.runtime.sendMessage(m));
const root = document.getElementById('app')!;
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = uiDirection(browser.i18n.getUILanguage());
document.title = t('optionsTitle');

let props: Omit<OptionsProps, 't' | 'onChange' | 'onClearHistory'> = {
  settings: null,
  usage: null,
  clearState: 'idle',
};

const show = (patch: Partial<typeof props>) => {
  props = { ...props, ...patch };
  render(<Options t={t} {...props} onChange={save} onClearHistory={clear} />, root);
};

function save(s: Settings) {
  show({ settings: s });
  void saveSettings(s);
}

async function clear() {
  show({ clearState: 'idle' });
  const r = await send({ type: 'history/clear' });
  show({ clearState: r.ok ? 'done' : { error: r.error } });
  void estimate();
}

async function estimate() {
  const e = await navigator.storage.estimate();
  show({ usage: { used: e.usage ?? 0, quota: e.quota ?? 0 } });
}

show({});
void loadSettings().then((settings) => show({ settings }));
// A change made elsewhere (the popup's per-site switch) shows up here at once.
watchSettings((settings) => show({ settings }));
void estimate();
