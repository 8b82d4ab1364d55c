// Imported first by the content script: its mark is taken before the other modules are evaluated,
// so the bench can tell how long evaluating them took (the tables they build at load) before
// `main` starts. A bench-build mark only (timing.ts).
import { mark } from './timing';

mark('evaluating');
