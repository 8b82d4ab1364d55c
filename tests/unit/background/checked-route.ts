// The router, with every successful answer held to its message's declared answer schema: the
// clients trust the background's answers, so the tests make sure they are what is declared.
import { expect } from 'vitest';
import { route } from '@/entrypoints/background/router';
import { check } from '@/lib/protocol/check';
import { answerSchema, parseMessage } from '@/lib/protocol/messages';

export async function checkedRoute(...args: Parameters<typeof route>): ReturnType<typeof route> {
  const answer = await route(...args);
  const msg = parseMessage(args[0]);
  if (answer?.ok && msg.ok)
    expect(check(answerSchema(msg.value.type), answer.value, `answer to ${msg.value.type}`)).toMatchObject({
      ok: true,
    });
  return answer;
}
