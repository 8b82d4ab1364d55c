// The sender every extension context and content script talks to the background with. Apart from
// messages.ts's table of requests and answers (their schemas are built when that module loads, and
// only the background checks them), so a web page's content script does not build them at start.
import { err, type Result } from '../result';
import { isRecord } from './check';
import type { Answer, Message, MessageType, Request } from './messages';

// A news page's content script sends its article through a port (content/page-port.ts). A message
// posted before the worker has taken the port waits in the browser for that (on a fresh install's
// first page, a round trip of 22–78 ms after the connect); a port opened with its first message in
// its name carries it with the connect. The name holds what a posted message would (`{ id, message }`
// as JSON), checked as one is.
const PAGE_PORT = 'page';
const WITH_FIRST = `${PAGE_PORT}:`;

/** The name of a page port: plain, or opened with `first` in it. */
export const pagePortName = (first?: { id: number; message: unknown }): string =>
  first ? WITH_FIRST + JSON.stringify(first) : PAGE_PORT;

export const isPagePort = (name: string): boolean => name === PAGE_PORT || name.startsWith(WITH_FIRST);

/** The message a page port was opened with: undefined for none, any value (checked as a posted one is). */
export function pagePortFirst(name: string): unknown {
  if (!name.startsWith(WITH_FIRST)) return undefined;
  try {
    return JSON.parse(name.slice(WITH_FIRST.length)) as unknown;
  } catch {
    return null;
  }
}

export type Send = <K extends MessageType>(m: Request<K>) => Promise<Result<Answer<K>>>;

export const isResult = (x: unknown): x is Result<never> => isRecord(x) && typeof x.ok === 'boolean';

/**
 * A sender typed by message over any transport (runtime.sendMessage in the extension, a function
 * in tests). Answers come from the extension's own background, which the router tests hold to
 * each message's answer schema; they are not checked again here.
 */
export function createClient(transport: (m: Message) => Promise<unknown>): Send {
  return async (m) => {
    try {
      const answer = await transport(m as Message);
      return isResult(answer) ? answer : err('no answer from the extension background');
    } catch (e) {
      return err(e instanceof Error ? e.message : String(e));
    }
  };
}
