// Renders a component into a fresh div with a fake `t` that returns the key (and its subs), and
// lets tests fire events and wait for Preact's re-render.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { Translate } from '@/components/i18n';

export const t: Translate = (key, subs) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`);

export function mount(node: ComponentChild): HTMLDivElement {
  const div = document.createElement('div');
  document.body.append(div);
  act(() => render(node, div));
  return div;
}

export function fire(el: Element | null | undefined, type: string, value?: string | boolean) {
  if (!el) throw new Error(`no element to ${type}`);
  act(() => {
    if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
    else if (value !== undefined) (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

export const click = (el: Element | null | undefined) => fire(el, 'click');

/** The control whose <label> text (or aria-label) is `name`, as a screen reader would name it. */
export function byLabel(root: Element, name: string): HTMLElement | null {
  const aria = [...root.querySelectorAll<HTMLElement>('[aria-label]')].find(
    (e) => e.getAttribute('aria-label') === name,
  );
  if (aria) return aria;
  for (const label of root.querySelectorAll('label')) {
    const text = [...label.childNodes]
      .filter((n) => n.nodeType === 3 || (n as Element).tagName === 'SPAN')
      .map((n) => n.textContent)
      .join('')
      .trim();
    if (text === name) return label.querySelector('input, select, textarea');
  }
  return null;
}

export const buttons = (root: Element, name: string) =>
  [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === name);
