// Guard for performance work: hashes the engine's output on the gold passages and on the bench's
// generated text, so a change that should only make the engine faster can prove it changed nothing.
//   npx tsx scripts/eval/check-engine-output.ts --save /tmp/engine-baseline.json   (record the baseline)
//   npx tsx scripts/eval/check-engine-output.ts --check /tmp/engine-baseline.json  (compare; exit 1 on change)
// With --dump DIR it also writes each input's output JSON to DIR, so a mismatch can be diffed.
// The baseline lives outside the repository: it describes one working tree, not the project.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultEngine } from '../../lib/engine/default-data';
import { loadPassages } from '../../tests/eval/load-passages';
import { generateText } from '../bench/bench';
import { flag } from '../cli/args';

const PASSAGES = fileURLToPath(new URL('../../tests/eval/passages', import.meta.url));

interface Input {
  name: string;
  text: string;
  published: string;
}

function inputs(): Input[] {
  const out: Input[] = loadPassages(PASSAGES).map((p) => ({ name: p.id, text: p.text, published: p.published }));
  // The bench text, whole (as the bench annotates it) and in two other sizes, so caches that
  // carry across calls are exercised too.
  out.push({ name: 'bench-1mb', text: generateText(1_000_000), published: '2024-05-01' });
  out.push({ name: 'bench-20kb-seed7', text: generateText(20_000, 7), published: '2023-01-15' });
  return out;
}

function hashOf(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

function run(dump: string | null): Record<string, string> {
  const engine = defaultEngine();
  const hashes: Record<string, string> = {};
  if (dump) mkdirSync(dump, { recursive: true });
  // Twice: the second pass runs with every cache warm and must give the same answer.
  for (const pass of [1, 2]) {
    for (const input of inputs()) {
      const json = JSON.stringify(engine.annotate(input.text, { published: input.published }));
      const h = hashOf(json);
      const key = input.name;
      if (pass === 1) {
        hashes[key] = h;
        if (dump) writeFileSync(join(dump, `${key}.json`), json);
      } else if (hashes[key] !== h) {
        hashes[key] = `unstable: ${hashes[key]} then ${h}`;
      }
    }
  }
  hashes['ALL'] = hashOf(JSON.stringify(hashes));
  return hashes;
}

function main(): void {
  const save = flag('--save');
  const check = flag('--check');
  const hashes = run(flag('--dump') ?? null);
  console.log(`output hash ${hashes['ALL']} over ${Object.keys(hashes).length - 1} inputs`);
  if (save) {
    writeFileSync(save, JSON.stringify(hashes, null, 1));
    console.log(`saved to ${save}`);
  }
  if (check) {
    const base = JSON.parse(readFileSync(check, 'utf8')) as Record<string, string>;
    const changed = Object.keys(base).filter((k) => k !== 'ALL' && base[k] !== hashes[k]);
    const unstable = Object.keys(hashes).filter((k) => hashes[k]!.startsWith('unstable'));
    if (changed.length || unstable.length || base['ALL'] !== hashes['ALL']) {
      console.log(`CHANGED: ${[...new Set([...changed, ...unstable])].join(', ') || 'ALL'}`);
      process.exit(1);
    }
    console.log('identical to the baseline');
  }
}

main();
