// The bench build's marks of a first request's hops before the engine host: the worker's lifecycle
// events (the browser sends a fresh install's events only after them) and a page's port.
import type { Runtime } from 'webextension-polyfill';
import { pagePortFirst } from '@/lib/protocol/client';
import type { EngineTimings } from './engine-timing';

export function timeLifecycle(t: EngineTimings): void {
  const self = globalThis as unknown as { addEventListener?: (type: string, f: () => void) => void };
  self.addEventListener?.('install', () => (t.installAt ??= performance.now()));
  self.addEventListener?.('activate', () => (t.activateAt ??= performance.now()));
}

/** `listener` with the first connect and the first message of a port marked in `t`. */
export function timedPorts(t: EngineTimings, listener: (port: Runtime.Port) => void): (port: Runtime.Port) => void {
  return (port) => {
    t.connectAt ??= performance.now();
    // A page port's first message may be in its name (lib/protocol/client.ts).
    if (pagePortFirst(port.name) !== undefined) t.portMessageAt ??= performance.now();
    port.onMessage.addListener(() => void (t.portMessageAt ??= performance.now()));
    listener(port);
  };
}
