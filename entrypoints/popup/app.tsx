// The popup's state and wiring: messages to the background and the active tab, settings,
// downloads. The components under components/ only render and raise callbacks.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/components/i18n';
import type { PageSummary } from '@/components/PagesList';
import { Popup, type PopupTab } from '@/components/Popup';
import type { SeenPage } from '@/components/popup/EntityView';
import type { ExportKind, ImportStatus } from '@/components/popup/NotesTools';
import type { TabState } from '@/components/popup/PageEntities';
import type { TabAnswer } from '@/lib/protocol/messages';
import { toCsv, toJsonLd, toMarkdown } from '@/lib/notes/export';
import type { Note, NoteDraft, NoteEntity } from '@/lib/protocol/note';
import type { Result } from '@/lib/result';
import type { Settings } from '@/lib/settings';
import type { Correction } from '@/lib/protocol/store';
import type { DatedRole } from '@/lib/types';
import type { PopupApi } from './api';

/** The content script answers on every page; Hamish reads only Arabic ones. */
export function readTabAnswer(r: Result<TabAnswer<'tab/entities'>>): TabState {
  if (!r.ok || r.value.lang !== 'ar') return { status: 'unavailable' };
  const { site, entities, orphans, active, reason, coverage } = r.value;
  return { status: 'ready', site, entities, orphans, active, ...(reason ? { reason } : {}), ...(coverage ? { coverage } : {}) };
}

/** The quotes of the page's notes the content script could not place; ids alone if notes are not loaded yet. */
function orphanQuotes(state: TabState, notes: Note[] | null): string[] {
  if (state.status !== 'ready' || !state.orphans?.length) return [];
  const byId = new Map((notes ?? []).map((n) => [n.id, n.quote.exact]));
  return state.orphans.map((id) => byId.get(id) ?? id);
}

const EXPORTS: Record<ExportKind, [string, string, (n: Note[]) => string]> = {
  jsonld: ['jsonld', 'application/ld+json', (n) => toJsonLd(n)],
  csv: ['csv', 'text/csv;charset=utf-8', toCsv],
  md: ['md', 'text/markdown;charset=utf-8', toMarkdown],
};

const today = (d = new Date()) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const draftOf = (n: Note, body: string, tags: string[]): NoteDraft => ({
  url: n.url,
  title: n.title,
  site: n.site,
  publishedAt: n.publishedAt,
  quote: n.quote,
  position: n.position,
  entity: n.entity,
  body,
  format: n.format,
  tags,
});

const FIRST_NOTES = 50;
// The first screenful of notes; should that read fail, the full list below is still read.
const RECENT_NOTES = { type: 'notes/recent', limit: FIRST_NOTES } as const;

const newestFirst = (a: Note, b: Note) => b.updated - a.updated;

/** Where the tab is not read, the popup opens on the reader's notes. */
const isRead = (s: TabState) => s.status === 'ready' && s.active !== false;

export function PopupApp({ t, api, initialTab }: { t: Translate; api: PopupApi; initialTab: PopupTab | null }) {
  const [tab, setTab] = useState<PopupTab>(initialTab ?? 'page');
  // Once the reader picks a tab, the popup no longer switches it for them.
  const chosenRef = useRef(initialTab !== null);
  const [tabState, setTabState] = useState<TabState>({ status: 'loading' });
  const readTab = async (): Promise<TabState> => {
    const s = await api.askTab({ type: 'tab/entities' }).then(readTabAnswer, (): TabState => ({ status: 'unavailable' }));
    setTabState(s);
    return s;
  };
  const [settings, setSettings] = useState<Settings | null>(null);
  const [pages, setPages] = useState<PageSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [notesError, setNotesError] = useState<string | null>(null);
  const [complete, setComplete] = useState(false);
  const [entity, setEntity] = useState<{ entity: NoteEntity; pages: SeenPage[] | null; roles?: readonly DatedRole[] } | null>(null);
  const [importStatus, setImportStatus] = useState<ImportStatus>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const loadCorrections = () => void api.send({ type: 'corrections/all' }).then((r) => (r.ok ? setCorrections(r.value) : setAlert(r.error)));

  // The newest notes first, so the list paints before 10,000 notes have crossed the message
  // channel; then all of them, for search, filters and counts.
  const loadNotes = async () => {
    const first = await api.send(RECENT_NOTES);
    if (first.ok) {
      performance.mark('hamish:notes-received');
      setNotes(first.value);
      if (first.value.length < FIRST_NOTES) return setComplete(true);
      // The full store can be megabytes: ask for it only once the first rows are on screen, so
      // reading the answer does not hold up that paint.
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    }
    const r = await api.send({ type: 'notes/all' });
    if (!first.ok) performance.mark('hamish:notes-received');
    if (r.ok) setNotes(r.value);
    else setNotesError(r.error);
    setComplete(true);
  };

  useEffect(() => {
    void loadNotes();
    void readTab().then((s) => {
      if (!isRead(s)) setTab((cur) => (chosenRef.current ? cur : 'notes'));
    });
    void api.settings().then(setSettings);
    loadCorrections();
    void api.send({ type: 'pages/recent', limit: 50 }).then((r) => {
      if (!r.ok) return setError(r.error);
      setPages(r.value.map((p) => ({ url: p.url, title: p.title, site: p.site, publishedAt: p.publishedAt, entityCount: p.entities.length })));
    });
  }, []);

  useLayoutEffect(() => {
    if (notes) performance.mark('hamish:notes-rendered');
  }, [notes !== null]);

  // The first-paint figure of scripts/bench/bench-popup.ts: marked after the frame that shows the notes.
  useEffect(() => {
    if (notes && tab === 'notes') requestAnimationFrame(() => setTimeout(() => performance.mark('hamish:notes-painted')));
  }, [notes !== null]);

  const site = tabState.status === 'ready' ? tabState.site : null;
  // No choice stored: the switch shows what the content script decided (news detection).
  const siteOn = site && settings ? (settings.sites[site] ?? (tabState.status === 'ready' ? (tabState.active ?? true) : true)) : null;

  // Marking takes a moment: ask the tab again until its names are there (or about 5 s have passed).
  const untilMarked = async () => {
    setTabState({ status: 'loading' });
    for (let i = 0; i < 20; i++) {
      const s = await readTab();
      if (s.status !== 'ready' || (s.active && s.entities.length)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  const onMarkPage = async () => {
    await api.askTab({ type: 'tab/mark' });
    await untilMarked();
  };

  const onSiteToggle = (on: boolean) => {
    if (!site || !settings) return;
    const next = { ...settings, sites: { ...settings.sites, [site]: on } };
    setSettings(next);
    void api.saveSettings(next).then(() => (on && tabState.status === 'ready' && tabState.active === false ? untilMarked() : undefined));
  };

  const onSave = async (n: Note, body: string, tags: string[]) => {
    const r = await api.send({ type: 'notes/save', draft: draftOf(n, body, tags), id: n.id });
    if (!r.ok) return setAlert(r.error);
    setNotes((list) => (list ?? []).map((x) => (x.id === n.id ? r.value : x)).sort(newestFirst));
  };

  const onDelete = async (n: Note) => {
    const r = await api.send({ type: 'notes/delete', id: n.id });
    if (!r.ok) return setAlert(r.error);
    setNotes((list) => (list ?? []).filter((x) => x.id !== n.id));
    setDeleted(r.value ?? n);
  };

  const onUndo = async () => {
    if (!deleted) return;
    const note = deleted;
    setDeleted(null);
    const r = await api.send({ type: 'notes/restore', note });
    if (!r.ok) return setAlert(r.error);
    setNotes((list) => [...(list ?? []).filter((x) => x.id !== note.id), note].sort(newestFirst));
  };

  const onImport = async (json: string) => {
    setImportStatus(null);
    const r = await api.send({ type: 'notes/import', json });
    setImportStatus(r.ok ? { ok: true, ...r.value } : { ok: false, error: r.error });
    if (r.ok) await loadNotes();
  };

  const onExport = (kind: ExportKind) => {
    const [ext, type, make] = EXPORTS[kind];
    api.download(`hamish-notes-${today()}.${ext}`, make(notes ?? []), type);
  };

  const onUndoCorrection = async (c: Correction) => {
    const r = await api.send({ type: 'corrections/delete', key: c.entityId });
    if (!r.ok) return setAlert(r.error);
    setCorrections((list) => list.filter((x) => x.entityId !== c.entityId));
  };

  const onOpenEntity = async (e: NoteEntity) => {
    setEntity({ entity: e, pages: null });
    const [r, roles] = await Promise.all([api.send({ type: 'entity/history', entityId: e.id, excludeUrl: null }), api.send({ type: 'entity/roles', entityId: e.id })]);
    // Each page keeps the sentence and the spelling it named this entity with.
    const pages = r.ok ? r.value.map((m) => ({ url: m.url, title: m.title, site: m.site, publishedAt: m.publishedAt, context: m.context ?? undefined, spelling: m.arabic, seenOn: m.date, dated: m.dated })) : [];
    setEntity((cur) => (cur?.entity.id === e.id ? { entity: e, pages, roles: roles.ok ? roles.value : [] } : cur));
  };

  return (
    <Popup
      t={t}
      tab={tab}
      onTab={(x) => {
        chosenRef.current = true;
        setTab(x);
      }}
      onOpenOptions={api.openOptions}
      page={{
        state: tabState,
        siteOn,
        onSiteToggle,
        onMarkPage: () => void onMarkPage(),
        onReveal: (id) => void api.askTab({ type: 'tab/reveal', id }).finally(api.close),
        orphanQuotes: orphanQuotes(tabState, notes),
      }}
      pages={pages}
      error={error}
      notes={notes}
      notesError={notesError}
      notesComplete={complete}
      actions={{ onSave, onDelete }}
      tools={{ importStatus, onExport, onImport, onImportElsewhere: api.importElsewhere }}
      entity={entity}
      onOpenEntity={onOpenEntity}
      onCloseEntity={() => setEntity(null)}
      alert={alert}
      canUndo={deleted !== null}
      onUndo={onUndo}
      corrections={corrections}
      onUndoCorrection={(c) => void onUndoCorrection(c)}
    />
  );
}
