// The sender every extension context and content script talks to the background with. Apart from
// messages.ts's table of requests and answers (their schemas are built when that module loads, and
// only the background checks them), so a web page's content script does not build them at start.
import { err, type Result } from '../result';
import { isRecord } from './check';
import type { Answer, Message, MessageType, Request } from './messages';

/** The port a news page's content script sends its article through (content/page-port.ts). */
export const PAGE_PORT = 'page';

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
