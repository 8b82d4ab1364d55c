import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesTools, type ImportStatus } from '@/components/popup/NotesTools';
import { byLabel, buttons, click, fire, mount, t } from './render';

const props = () => ({ onExport: vi.fn(), onImport: vi.fn(), onDeleteAll: vi.fn(), total: 0 });
const none = { added: 0, merged: 0 };
afterEach(() => void (document.body.innerHTML = ''));

describe('NotesTools', () => {
  it.each<[ImportStatus, string | null, string | null]>([
    [
      { ok: false, error: 'annotation 2 has no TextQuoteSelector. Nothing was imported.' },
      'annotation 2 has no TextQuoteSelector. Nothing was imported.',
      null,
    ],
    [{ ok: true, added: 3, merged: 1, repeated: 0, corrections: none }, null, 'importDone(4,1)'],
    [{ ok: true, added: 1, merged: 0, repeated: 1, corrections: none }, null, 'importDone(1,0) importRepeated(1)'],
    [
      { ok: true, added: 2, merged: 0, repeated: 0, corrections: { added: 2, merged: 1 } },
      null,
      'importDone(2,0) importCorrections(3,1)',
    ],
    [null, null, null],
  ])('import status %j', (status, alert, ok) => {
    const root = mount(<NotesTools t={t} canExport={true} importStatus={status} {...props()} />);
    expect(root.querySelector('[role=alert]')?.textContent ?? null).toBe(alert);
    expect(root.querySelector('.ok')?.textContent ?? null).toBe(ok);
  });

  it.each([
    ['exportJsonLd', 'jsonld'],
    ['exportCsv', 'csv'],
    ['exportMarkdown', 'md'],
  ])('%s raises export of %s', (label, kind) => {
    const p = props();
    const root = mount(<NotesTools t={t} canExport={true} importStatus={null} {...p} />);
    click(buttons(root, label)[0]);
    expect(p.onExport).toHaveBeenCalledExactlyOnceWith(kind);
  });

  it('disables export when there is nothing to export', () => {
    const root = mount(<NotesTools t={t} canExport={false} importStatus={null} {...props()} />);
    // happy-dom still dispatches clicks on disabled buttons, so the check is on the attribute.
    expect(
      buttons(root, 'exportCsv')
        .concat(buttons(root, 'exportJsonLd'))
        .map((b) => b.disabled),
    ).toEqual([true, true]);
    expect(buttons(root, 'importNotes')).toHaveLength(0);
  });

  it('reads the chosen file and raises import with its text', async () => {
    const p = props();
    const root = mount(<NotesTools t={t} canExport={true} importStatus={null} {...p} />);
    const input = byLabel(root, 'importNotes') as HTMLInputElement;
    expect(input.type).toBe('file');
    Object.defineProperty(input, 'files', { value: [new File(['{"type":"x"}'], 'n.json')] });
    fire(input, 'change');
    await vi.waitFor(() => expect(p.onImport).toHaveBeenCalledExactlyOnceWith('{"type":"x"}'));
  });

  it('opens the import elsewhere instead of a file picker when asked to', () => {
    const p = props();
    const elsewhere = vi.fn();
    const root = mount(<NotesTools t={t} canExport={true} importStatus={null} onImportElsewhere={elsewhere} {...p} />);
    expect(root.querySelector('input[type=file]')).toBeNull();
    click(buttons(root, 'importNotes')[0]);
    expect(elsewhere).toHaveBeenCalledOnce();
    expect(p.onImport).not.toHaveBeenCalled();
  });

  it('deletes all notes only after a confirmation that offers to export first', () => {
    const p = { ...props(), total: 12 };
    const root = mount(<NotesTools t={t} canExport={true} importStatus={null} {...p} />);
    expect(root.querySelector('[role=alertdialog]')).toBeNull();
    click(buttons(root, 'deleteAllNotes')[0]);
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    expect(root.querySelector('[role=alertdialog]')?.textContent).toContain('deleteAllConfirm(12)');
    click(buttons(root, 'exportFirst')[0]);
    expect(p.onExport).toHaveBeenCalledExactlyOnceWith('jsonld');
    expect(p.onDeleteAll).not.toHaveBeenCalled();
    click(buttons(root, 'cancel')[0]);
    expect(root.querySelector('[role=alertdialog]')).toBeNull();
    click(buttons(root, 'deleteAllNotes')[0]);
    click(buttons(root, 'deleteAllYes')[0]);
    expect(p.onDeleteAll).toHaveBeenCalledOnce();
    expect(root.querySelector('[role=alertdialog]')).toBeNull();
  });

  it('offers no "Delete all notes" on an empty store, and shows export progress', () => {
    const root = mount(
      <NotesTools t={t} canExport={true} importStatus={null} {...props()} exporting={{ done: 1000, total: 2500 }} />,
    );
    expect(buttons(root, 'deleteAllNotes')).toHaveLength(0);
    expect(root.textContent).toContain('exporting(1000,2500)');
    expect(buttons(root, 'exportCsv')[0]!.disabled).toBe(true);
  });
});
