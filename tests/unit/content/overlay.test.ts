import { afterEach, describe, expect, it } from 'vitest';
import { Overlay } from '@/entrypoints/content/overlay';
import { settle, watchPage } from './page-watch';
import { isOwn } from '@/entrypoints/content/own-nodes';

let overlay: Overlay | null = null;
afterEach(() => overlay?.remove());

describe('Overlay', () => {
  it('goes in once, with everything built for it already inside', async () => {
    const added = watchPage();
    overlay = new Overlay(document);
    const built: boolean[] = [];
    overlay.whenOpen(() => {
      built.push(overlay!.host.isConnected);
      overlay!.root.append(document.createElement('div'));
    });
    overlay.whenOpen(() => built.push(overlay!.host.isConnected));
    await settle();
    expect(added).toEqual([]);
    overlay.open();
    overlay.open();
    await settle();
    expect(added).toEqual([overlay.host]);
    expect(isOwn(overlay.host)).toBe(true);
    expect(overlay.host.parentNode).toBe(document.documentElement);
    // Built before the insertion, so one insertion carries them.
    expect(built).toEqual([false, false]);
    expect(overlay.root.childElementCount).toBe(1);
    // Once in, a builder runs at once.
    overlay.whenOpen(() => built.push(overlay!.host.isConnected));
    expect(built).toEqual([false, false, true]);
  });

  it('is not put in by events a page script makes, only by the reader (trusted) or a call', async () => {
    const added = watchPage();
    overlay = new Overlay(document);
    for (const type of ['mousemove', 'pointerdown', 'wheel', 'keydown', 'touchstart'])
      document.dispatchEvent(new Event(type, { bubbles: true }));
    await settle();
    expect(overlay.isOpen).toBe(false);
    expect(added).toEqual([]);
  });

  it('leaves the page, and runs no waiting builder, once removed', async () => {
    overlay = new Overlay(document);
    let ran = false;
    overlay.whenOpen(() => (ran = true));
    overlay.remove();
    overlay.open();
    expect(ran).toBe(false);
    overlay.remove();
    expect(overlay.host.isConnected).toBe(false);
  });
});
