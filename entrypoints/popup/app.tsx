// The popup's state and wiring: messages to the background and the active tab, settings,
// downloads. The components under components/ only render and raise callbacks.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/components/i18n';
import type { PageSummary } from '@/components/PagesList';
import { Popup, type PopupTab } from '@/components/Popup';
import type { SeenPage } from '@/components/popup/EntityView';
import type { ExportKind, ImportStatus } from '@/components/popup/NotesTools';
import type { TabState } from '@/components/popup/PageEntities';
import type { Answer, TabAnswer } from '@/lib/protocol/messages';
import { CSV, JSON_LD, MARKDOWN, type ExportFormat } from '@/lib/notes/export';
import { articleJsonLd, articleMarkdown } from '@/lib/notes/article-export';
import type { Note, NoteDraft, NoteEntity } from '@/lib/protocol/note';
import type { Result } from '@/lib/result';
import type { Settings } from '@/lib/settings';
import type { Correction } from '@/lib/protocol/store';
import type { DatedRole } from '@/lib/types';
import type { PopupApi } from './api';
import { streamExport, type ExportFailure } from './export-stream';
import { afterPaint } from './frames';
import { PAGE } from '@/lib/protocol/first-notes';
import { useNotesList, type FirstPage } from './notes-list';

/** The content script answers on every page; Hamish reads only Arabic ones. */
export function readTabAnswer(r: Result<TabAnswer<'tab/entities'>>): TabState {
  if (!r.ok || r.value.lang !== 'ar') return { status: 'unavailable' };
  const { site, entities, orphans, active, reason, coverage, page } = r.value;
  return {
    status: 'ready',
    site,
    entities,
    orphans,
    active,
    ...(reason ? { reason } : {}),
    ...(coverage ? { coverage } : {}),
    ...(page ? { page } : {}),
  };
}

/** The quotes of the page's notes the content script could not place; ids alone if they are not read yet. */
function orphanQuotes(state: TabState, notes: readonly Note[]): string[] {
  if (state.status !== 'ready' || !state.orphans?.length) return [];
  const byId = new Map(notes.map((n) => [n.id, n.quote.exact]));
  return state.orphans.map((id) => byId.get(id) ?? id);
}

const EXPORTS: Record<ExportKind, ExportFormat> = { jsonld: JSON_LD, csv: CSV, md: MARKDOWN };

const mb = (bytes: number) => String(Math.max(1, Math.round(bytes / 1e6)));

/** What the reader is told when an export stops: how far it got, why, and that nothing was lost. */
const exportFailure = (t: Translate, f: ExportFailure) =>
  f.kind === 'space'
    ? t('exportNoSpace', [mb(f.needed), mb(f.free)])
    : t('exportStopped', [String(f.done), String(f.total), f.reason]);

const today = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

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

/** Where the tab is not read, the popup opens on the reader's notes. */
const isRead = (s: TabState) => s.status === 'ready' && s.active !== false;

/** The most notes one request may ask for (the protocol's limit). */
const MAX_ASK = 1000;

/** Note rows that fill the popup's first screen and a little more. */
const FIRST_SCREEN = 8;

export function PopupApp({
  t,
  api,
  initialTab,
  firstNotes,
  answered,
}: {
  t: Translate;
  api: PopupApi;
  initialTab: PopupTab | null;
  /** The first page of notes, when main.tsx asked for it before rendering. */
  firstNotes?: FirstPage;
  /** Its answer, when it came before the popup was mounted. */
  answered?: Result<Answer<'notes/find'>>;
}) {
  const [tab, setTab] = useState<PopupTab>(initialTab ?? 'page');
  // Once the reader picks a tab, the popup no longer switches it for them.
  const chosenRef = useRef(initialTab !== null);
  const [tabState, setTabState] = useState<TabState>({ status: 'loading' });
  const readTab = async (): Promise<TabState> => {
    const s = await api
      .askTab({ type: 'tab/entities' })
      .then(readTabAnswer, (): TabState => ({ status: 'unavailable' }));
    setTabState(s);
    return s;
  };
  const [settings, setSettings] = useState<Settings | null>(null);
  const [pages, setPages] = useState<PageSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A first page already answered is shown in the first render (a failed one is asked again).
  const shownFirst = answered?.ok ? answered.value : undefined;
  const list = useNotesList(api.send, shownFirst);
  /** This tab's page's notes (for its export and the quotes of notes it could not place). */
  const [pageNotes, setPageNotes] = useState<Note[]>([]);
  const [entity, setEntity] = useState<{
    entity: NoteEntity;
    pages: SeenPage[] | null;
    notes: Note[];
    roles?: readonly DatedRole[];
    /** Whether older notes on the name remain to be asked for. */
    more?: boolean;
  } | null>(null);
  const [importStatus, setImportStatus] = useState<ImportStatus>(null);
  const [exporting, setExporting] = useState<{ done: number; total: number } | null>(null);
  /** What Undo brings back: one note, or every note of a "Delete all notes". */
  const [deleted, setDeleted] = useState<{ note: Note } | { all: number } | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const loadCorrections = () =>
    void api.send({ type: 'corrections/all' }).then((r) => (r.ok ? setCorrections(r.value) : setAlert(r.error)));

  const loadNotes = async () => {
    if (!shownFirst) await list.load({}, PAGE, answered ? undefined : firstNotes);
    performance.mark('hamish:notes-received');
  };

  const readPageNotes = async (s: TabState) => {
    if (s.status !== 'ready' || !s.page) return;
    const r = await api.send({ type: 'notes/forPage', url: s.page.url });
    if (r.ok) setPageNotes(r.value);
  };

  useEffect(() => {
    const notes = loadNotes();
    // Opened on the notes, what they do not show waits for their first rows to be painted.
    if (initialTab === 'notes') void notes.then(afterPaint).then(loadTheRest);
    else loadTheRest();
  }, []);

  const loadTheRest = () => {
    void list.loadFacets();
    void readTab().then((s) => {
      if (!isRead(s)) setTab((cur) => (chosenRef.current ? cur : 'notes'));
      void readPageNotes(s);
    });
    void api.settings().then(setSettings);
    loadCorrections();
    void api.send({ type: 'pages/recent', limit: 50 }).then((r) => {
      if (!r.ok) return setError(r.error);
      setPages(
        r.value.map((p) => ({
          url: p.url,
          title: p.title,
          site: p.site,
          publishedAt: p.publishedAt,
          entityCount: p.entities.length,
        })),
      );
    });
  };

  const shown = list.rows !== null;
  useLayoutEffect(() => {
    if (shown) performance.mark('hamish:notes-rendered');
  }, [shown]);

  // The first-paint figure of scripts/bench/bench-popup.ts: marked after the frame that shows the notes.
  useEffect(() => {
    if (shown && tab === 'notes')
      requestAnimationFrame(() => setTimeout(() => performance.mark('hamish:notes-painted')));
  }, [shown]);

  /** After a change to the store: the list, the open name's notes and this page's notes again. */
  const reread = async () => {
    await list.refresh();
    void readPageNotes(tabState);
    const open = entity?.entity;
    if (open) {
      const page = await entityNotes(open.id, null, Math.max(PAGE, entity.notes.length));
      if (page) setEntity((cur) => (cur?.entity.id === open.id ? { ...cur, ...page } : cur));
    }
  };

  /**
   * A name's notes newest first, `limit` of them older than `before`; one more is asked for, to
   * know whether older ones remain. A name can be in tens of thousands of notes.
   */
  const entityNotes = async (id: string, before: [number, string] | null, limit: number) => {
    const r = await api.send({ type: 'notes/forEntity', entityId: id, before, limit: Math.min(limit + 1, MAX_ASK) });
    return r.ok ? { notes: r.value.slice(0, limit), more: r.value.length > limit } : null;
  };

  const onMoreEntityNotes = async () => {
    const cur = entity;
    const last = cur?.notes.at(-1);
    if (!cur || !last) return;
    const page = await entityNotes(cur.entity.id, [last.updated, last.id], PAGE);
    if (!page) return;
    setEntity((now) =>
      now?.entity.id === cur.entity.id && now.notes.at(-1) === last
        ? { ...now, notes: [...now.notes, ...page.notes], more: page.more }
        : now,
    );
  };

  const site = tabState.status === 'ready' ? tabState.site : null;
  // No choice stored: the switch shows what the content script decided (news detection).
  const siteOn =
    site && settings
      ? (settings.sites[site] ?? (tabState.status === 'ready' ? (tabState.active ?? true) : true))
      : null;

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
    void api
      .saveSettings(next)
      .then(() => (on && tabState.status === 'ready' && tabState.active === false ? untilMarked() : undefined));
  };

  const onSave = async (n: Note, body: string, tags: string[]) => {
    const r = await api.send({ type: 'notes/save', draft: draftOf(n, body, tags), id: n.id });
    if (!r.ok) return setAlert(r.error);
    await reread();
  };

  const onDelete = async (n: Note) => {
    const r = await api.send({ type: 'notes/delete', id: n.id });
    if (!r.ok) return setAlert(r.error);
    setDeleted({ note: r.value ?? n });
    await reread();
  };

  const onDeleteAll = async () => {
    const r = await api.send({ type: 'notes/deleteAll' });
    if (!r.ok) return setAlert(r.error);
    setDeleted({ all: r.value });
    await reread();
  };

  const onUndo = async () => {
    if (!deleted) return;
    setDeleted(null);
    const r =
      'note' in deleted
        ? await api.send({ type: 'notes/restore', note: deleted.note })
        : await api.send({ type: 'notes/undoDeleteAll' });
    if (!r.ok) return setAlert(r.error);
    await reread();
  };

  const onImport = async (json: string) => {
    setImportStatus(null);
    const r = await api.send({ type: 'notes/import', json });
    setImportStatus(r.ok ? { ok: true, ...r.value } : { ok: false, error: r.error });
    if (r.ok) {
      loadCorrections();
      await reread();
    }
  };

  const onExport = async (kind: ExportKind) => {
    const format = EXPORTS[kind];
    setExporting({ done: 0, total: list.stored });
    const r = await streamExport({ send: api.send, freeSpace: api.freeSpace }, format, corrections, (done, total) =>
      setExporting({ done, total }),
    );
    setExporting(null);
    if (!r.ok) return setAlert(exportFailure(t, r.error));
    api.download(`hamish-notes-${today()}.${format.ext}`, r.value);
  };

  const onExportArticle = (kind: 'md' | 'jsonld') => {
    if (tabState.status !== 'ready' || !tabState.page) return;
    const article = { page: tabState.page, entities: tabState.entities, notes: pageNotes };
    const slug = tabState.page.site.replace(/[^\w.-]+/g, '_');
    const [text, type, ext] =
      kind === 'md'
        ? [articleMarkdown(article), MARKDOWN.mime, 'md']
        : [articleJsonLd(article), 'application/ld+json', 'jsonld'];
    api.download(`hamish-article-${slug}-${today()}.${ext}`, new Blob([text], { type }));
  };

  const onUndoCorrection = async (c: Correction) => {
    const r = await api.send({ type: 'corrections/delete', key: c.entityId });
    if (!r.ok) return setAlert(r.error);
    setCorrections((list) => list.filter((x) => x.entityId !== c.entityId));
  };

  const onOpenEntity = async (e: NoteEntity) => {
    setEntity({ entity: e, pages: null, notes: [] });
    const [r, own, roles] = await Promise.all([
      api.send({ type: 'entity/history', entityId: e.id, excludeUrl: null }),
      entityNotes(e.id, null, PAGE),
      api.send({ type: 'entity/roles', entityId: e.id }),
    ]);
    // Each page keeps the sentence and the spelling it named this entity with.
    const pages = r.ok
      ? r.value.map((m) => ({
          url: m.url,
          title: m.title,
          site: m.site,
          publishedAt: m.publishedAt,
          context: m.context ?? undefined,
          spelling: m.arabic,
          seenOn: m.date,
          dated: m.dated,
        }))
      : [];
    setEntity((cur) =>
      cur?.entity.id === e.id
        ? { entity: e, pages, notes: own?.notes ?? [], more: own?.more ?? false, roles: roles.ok ? roles.value : [] }
        : cur,
    );
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
        orphanQuotes: orphanQuotes(tabState, pageNotes),
        onExportArticle,
      }}
      pages={pages}
      error={error}
      notes={
        list.rows && {
          notes: list.rows,
          total: list.total,
          anyNotes: list.stored > 0,
          complete: list.complete,
          more: list.more,
          filter: list.filter,
          facets: list.facets,
          onFilter: (f) => void list.load(f),
          onMore: () => void list.loadMore(),
          paintFirst: FIRST_SCREEN,
        }
      }
      notesError={list.error}
      actions={{ onSave, onDelete }}
      tools={{
        importStatus,
        onExport: (k) => void onExport(k),
        onImport,
        onImportElsewhere: api.importElsewhere,
        total: list.stored,
        onDeleteAll: () => void onDeleteAll(),
        exporting,
      }}
      entity={entity && { ...entity, ...(entity.more ? { onMoreNotes: () => void onMoreEntityNotes() } : {}) }}
      onOpenEntity={onOpenEntity}
      onCloseEntity={() => setEntity(null)}
      alert={alert}
      undo={deleted && { all: 'all' in deleted ? deleted.all : null }}
      onUndo={onUndo}
      corrections={corrections}
      onUndoCorrection={(c) => void onUndoCorrection(c)}
    />
  );
}
