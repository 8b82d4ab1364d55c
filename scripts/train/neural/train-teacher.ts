// One command for the neural teacher and its silver sentences (issue 14), each step skipped when its
// output is already in OUT (delete a file to redo its step):
//   npm run train:teacher -- DATA_DIR OUT --aqmar DIR --wiki-text DIR [--label-max 60000] [--threads 2]
//     [--fold F --folds K]   a teacher that never sees fold F of eval-folds.ts's K folds (OUT/silver-foldF.jsonl)
// 1. export-data.ts: OUT/train.jsonl, dev.jsonl, wiki.jsonl (Node)
// 2. embed.py: OUT/vectors.npz, word vectors from the Wikipedia text
// 3. teacher.py train: OUT/teacher.pt, with dev-pred.jsonl scored by score.ts beside the shipped perceptron
// 4. teacher.py label: OUT/silver.jsonl, for `npm run train:ner -- ... --silver OUT/silver.jsonl`
// The Python steps run under Debian's /usr/bin/python3 (python3-torch, python3-numpy; `apt-get install
// python3-torch` where they are missing), at nice 10, so the machine stays usable.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { flag } from '../../cli/args';

const PY = process.env.HAMISH_PYTHON ?? '/usr/bin/python3';
const HERE = 'scripts/train/neural';

function run(cmd: string, args: string[]): void {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync('nice', ['-n', '10', cmd, ...args], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args[0]} failed (exit ${r.status ?? r.signal})`);
}

function main(): void {
  const [data, out] = process.argv.slice(2);
  const aqmar = flag('--aqmar');
  const wiki = flag('--wiki-text');
  if (!data || !out || !aqmar || !wiki)
    throw new Error(
      'usage: train-teacher.ts DATA_DIR OUT --aqmar DIR --wiki-text DIR [--label-max N] [--fold F --folds K]',
    );
  const fold = flag('--fold');
  const foldArgs = fold !== undefined ? ['--fold', fold, '--folds', flag('--folds') ?? '8'] : [];
  const suffix = fold !== undefined ? `-fold${fold}` : '';
  const threads = ['--threads', flag('--threads') ?? '2'];
  if (!existsSync(join(out, 'wiki.jsonl')))
    run('npx', ['tsx', `${HERE}/export-data.ts`, data, out, '--aqmar', aqmar, '--wiki-text', wiki]);
  const vectors = join(out, 'vectors.npz');
  if (!existsSync(vectors)) run(PY, [`${HERE}/embed.py`, join(out, 'wiki.jsonl'), vectors]);
  if (!existsSync(join(out, `teacher${suffix}.pt`)))
    run(PY, [`${HERE}/teacher.py`, 'train', out, '--vectors', vectors, ...threads, ...foldArgs]);
  if (fold === undefined) run('npx', ['tsx', `${HERE}/score.ts`, data, join(out, 'dev-pred.jsonl')]);
  if (!existsSync(join(out, `silver${suffix}.jsonl`)))
    run(PY, [`${HERE}/teacher.py`, 'label', out, '--max', flag('--label-max') ?? '60000', ...threads, ...foldArgs]);
}

main();
