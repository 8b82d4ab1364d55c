// A small "Add note" control beside a text selection in the article, in the closed shadow root of
// Hamish's one box (overlay.ts), so the page cannot restyle or click it through its DOM.
import type { Overlay } from './overlay';

export class SelectionControl {
  private readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;

  constructor(overlay: Overlay, label: string, onAdd: () => void) {
    const doc = overlay.doc;
    this.host = doc.createElement('div');
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.textContent = label;
    this.button.setAttribute(
      'style',
      'all:initial;font:600 12px/1 system-ui,sans-serif;background:#0b6e4f;color:#fff;padding:6px 10px;' +
        'border-radius:14px;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)',
    );
    // mousedown would clear the page's selection before the click lands.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      this.hide();
      onAdd();
    });
    this.host.append(this.button);
    this.hide();
    overlay.whenOpen(() => overlay.root.append(this.host));
    overlay.open();
  }

  showAt(rect: DOMRect, viewport: { width: number; height: number }) {
    const left = Math.max(4, Math.min(rect.left, viewport.width - 110));
    const top = Math.min(rect.bottom + 6, viewport.height - 34);
    this.host.setAttribute(
      'style',
      `all:initial !important;position:fixed !important;left:${left}px !important;top:${top}px !important;` +
        'z-index:2147483647 !important;display:block !important;pointer-events:auto !important',
    );
  }

  hide() {
    this.host.setAttribute('style', 'all:initial !important;display:none !important');
  }

  remove() {
    this.host.remove();
  }
}
