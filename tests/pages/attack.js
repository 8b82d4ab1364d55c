// What a hostile page can try against an extension, run by the attack tests in both browsers.
// Everything it learns goes to window.seen; the tests call the functions below.
(function () {
  'use strict';
  const params = new URLSearchParams(location.search);
  // Extension ids an attacker can know without the page telling it: Chrome's is public in its
  // store listing, Firefox's gecko id is in the manifest. The tests pass them in.
  const ids = (params.get('ids') || '').split(',').filter(Boolean);
  const seen = (window.seen = { messages: [], events: [], added: [] });
  const mine = new WeakSet();

  window.addEventListener('message', (e) => {
    let text;
    try { text = JSON.stringify(e.data); } catch { text = String(e.data); }
    seen.messages.push(text);
  });
  const started = (id) => `${id}:content:wxt:content-script-started`;
  for (const id of ids) document.addEventListener(started(id), (e) => seen.events.push(e.type));

  // Every element added after the page was parsed that the page did not add itself.
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && !mine.has(n)) seen.added.push(n.nodeName);
    }).observe(document.documentElement, { childList: true, subtree: true });
  });

  /** Ids learnt from window messages (the runtime id before a colon). */
  function learntIds() {
    const out = new Set(ids);
    for (const m of seen.messages) {
      const hit = /"type":"([^":]+):content:wxt:content-script-started"/.exec(m);
      if (hit) out.add(hit[1]);
    }
    return [...out];
  }

  /** Replays WXT's "a newer content script started" event, which switched older scripts off. */
  window.killSwitch = function () {
    for (const id of learntIds()) {
      document.dispatchEvent(new CustomEvent(started(id), { detail: { contentScriptName: 'content', messageId: 'forged-by-page' } }));
      window.postMessage({ type: started(id), contentScriptName: 'content', messageId: 'forged-by-page' }, '*');
    }
    return learntIds();
  };

  /** Frames the card page inside the page, placed where the page wants it. */
  window.embedCard = function (url) {
    const f = document.createElement('iframe');
    mine.add(f);
    f.src = url;
    f.className = 'stolen-card';
    f.setAttribute('style', 'position:fixed;bottom:0;left:0;width:360px;height:320px;opacity:.01');
    document.body.append(f);
  };

  /** The text of every range in every highlight the page's registry holds. */
  window.registry = function () {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
    return out;
  };

  /** Elements and attributes that name the extension. (The highlight style names the entity highlights, which are public.) */
  window.probeDom = function () {
    const found = [];
    const named = /hamish|هامش/i;
    for (const el of document.querySelectorAll('*')) {
      if (mine.has(el)) continue;
      if (named.test(el.nodeName) || named.test(el.id) || named.test(el.className)) found.push('element ' + el.nodeName);
      for (const a of el.attributes) if (named.test(a.name) || (a.name !== 'content' && named.test(a.value) && el.nodeName !== 'META')) found.push(`attribute ${a.name} on ${el.nodeName}`);
    }
    return found;
  };

  /** Extension URLs the page can find in its performance timeline or frames. */
  window.probeUrls = function () {
    const urls = performance.getEntries().map((e) => e.name);
    for (let i = 0; i < window.frames.length; i++) {
      try { urls.push(window.frames[i].location.href); } catch (e) { urls.push(String(e && e.message)); }
    }
    return urls.filter((u) => /^(chrome|moz)-extension:|extension:\/\//.test(u));
  };

  /** Marks and measures in the page's performance timeline: this page makes none of its own. */
  window.probeTimeline = function () {
    return [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map((e) => e.name);
  };

  /** Which of these URLs the page can fetch. */
  window.probeFetch = async function (urls) {
    const ok = [];
    for (const u of urls) {
      try {
        const r = await fetch(u);
        if (r.ok) ok.push(u);
      } catch { /* refused: expected */ }
    }
    return ok;
  };

  /** Pushes the article down, as a late advert would (a reflow the note marks must follow). */
  window.insertAdvert = function () {
    const ad = document.createElement('div');
    mine.add(ad);
    ad.setAttribute('style', 'height:180px;background:#eee');
    ad.textContent = 'advert';
    const article = document.querySelector('article');
    article.parentNode.insertBefore(ad, article);
  };
  window.markOwn = (el) => mine.add(el);
})();
