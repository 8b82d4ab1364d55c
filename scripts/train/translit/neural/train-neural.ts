// One command for the neural candidate generator (npm run train:translit-neural -- DATA_DIR):
// writes the training pairs, trains the network with Debian's python3-torch (one thread, nice,
// fixed seed) and leaves its weights in OUT (default /tmp/hamish-neural/neural.json). Then
// `npm run gen:translit -- DATA_DIR --lexicon /usr/share/dict/american-english-insane --neural OUT`
// builds the shipped model around it. Never run by CI: it installs nothing and takes CPU-hours on a
// busy machine. Usage: npx tsx scripts/train/translit/neural/train-neural.ts DATA_DIR [--out FILE]
//   [--epochs N]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { flag } from '../../../cli/args';
import { dumpPairs } from './dump-pairs';

const dataDir = process.argv[2];
if (!dataDir || dataDir.startsWith('--')) throw new Error('usage: train-neural.ts DATA_DIR [--out FILE] [--epochs N]');
const out = flag('--out') ?? '/tmp/hamish-neural/neural.json';
const work = join(out, '..');
dumpPairs(dataDir, work);
const epochs = flag('--epochs');
const run = spawnSync(
  'nice',
  ['/usr/bin/python3', join(import.meta.dirname, 'train.py'), work, out, ...(epochs ? ['--epochs', epochs] : [])],
  { stdio: 'inherit' },
);
if (run.status !== 0) throw new Error(`train.py failed (${run.error?.message ?? 'exit ' + run.status})`);
