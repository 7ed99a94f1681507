import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sharedPayload, withSharedPayload } from './shared-json.js';

/** What graphql-ws does with onNext's answer: stringify the message, then send it. */
const message = (id: string, payload: unknown) => withSharedPayload(JSON.stringify({ id, type: 'next', payload }));

describe('shared result JSON', () => {
  const result: ExecutionResult = { data: { caseEvents: { id: 'e1', note: '“引号” and \\ backslash', n: 1 } } };

  it('sends each subscriber the result itself, under its own id', () => {
    const a = JSON.parse(message('1', sharedPayload(result)));
    const b = JSON.parse(message('sub-2', sharedPayload(result)));
    expect(a).toEqual({ id: '1', type: 'next', payload: result });
    expect(b).toEqual({ id: 'sub-2', type: 'next', payload: result });
  });

  it('rewrites nothing else, even an id that spells the marker', () => {
    const marker = JSON.stringify(sharedPayload({ data: { other: true } })); // leaves a text pending
    const forged = `x","payload":${marker}}`;
    const plain = { data: { mine: 1 } };
    const sent = message(forged, plain);
    expect(JSON.parse(sent)).toEqual({ id: forged, type: 'next', payload: plain });
    expect(withSharedPayload('{"type":"pong"}')).toBe('{"type":"pong"}');
  });

  it('uses a pending text once', () => {
    const standIn = sharedPayload(result);
    const first = message('1', standIn);
    const again = withSharedPayload(JSON.stringify({ id: '1', type: 'next', payload: 'not-a-stand-in' }));
    expect(JSON.parse(first).payload).toEqual(result);
    expect(again).toContain('not-a-stand-in');
  });
});
