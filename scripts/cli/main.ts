// The command line's entry point, the file the bundle is built from (scripts/cli/build-cli.mjs):
// the main thread runs the command, a worker thread of --jobs serves files (scripts/cli/annotate.ts).
import { fileURLToPath } from 'node:url';
import { isAnnotateWorker, main, serveWorker } from './annotate';

if (await isAnnotateWorker(process.argv.slice(2))) await serveWorker();
else {
  // The reader stopped reading (`| head`, a pager closed): the run is over, without a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? 0);
  });
  try {
    await main(process.argv.slice(2), fileURLToPath(import.meta.url));
  } catch (err) {
    // What stops the whole run: the engine could not load (its data beside the bundle missing or
    // unreadable), so no file can be done.
    console.error(
      `annotate: ${err instanceof Error ? err.message : String(err)} (npm run build:cli rebuilds the bundle)`,
    );
    process.exitCode = 1;
  }
}
