import { readFileSync } from 'node:fs';

const dir = new URL('../fixtures/demo/', import.meta.url);

/** Recorded demo wire frames (scripts/record-demo-fixtures.ts). */
export function demoFrames(): string[] {
  return readFileSync(new URL('frames.jsonl', dir), 'utf8').split('\n').filter(Boolean);
}

/** Malformed frames, each with the reason the normalizer must give. */
export function invalidDemoFrames(): { reason: string; frame: string }[] {
  return readFileSync(new URL('invalid.jsonl', dir), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { reason: string; frame: string });
}
