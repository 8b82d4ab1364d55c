// Which installed packages refuse the Node version the project declares. npm only warns about an
// `engines` mismatch (EBADENGINE), so a dependency bump can quietly raise the real Node floor above
// the one package.json and the README promise; this turns that warning into a failing check.
import semver from 'semver';

interface LockEntry {
  readonly version?: string;
  readonly engines?: unknown;
}

/** A package's Node range, or null where it sets none. Old packages write `["node >= 0.8"]`. */
export const nodeRange = (engines: unknown): string | null => {
  if (Array.isArray(engines)) {
    const ranges = engines.filter((e): e is string => typeof e === 'string' && /^node\b/.test(e.trim()));
    return ranges.length ? ranges.map((e) => e.trim().slice(4).trim()).join(' || ') : null;
  }
  if (typeof engines === 'object' && engines !== null && 'node' in engines && typeof engines.node === 'string') {
    return engines.node.trim() || null;
  }
  return null;
};

/** The lowest Node version a range admits, e.g. ">=20.19" → "20.19.0". */
export const floorOf = (range: string): string => {
  const min = semver.validRange(range) ? semver.minVersion(range) : null;
  if (!min) throw new Error(`package.json engines.node is not a version range: "${range}"`);
  return min.version;
};

/** Every package in a package-lock (v2/v3 `packages` map) whose Node range excludes `node`. */
export const excluding = (
  packages: Readonly<Record<string, LockEntry>>,
  node: string,
): { path: string; version: string; range: string }[] => {
  const out: { path: string; version: string; range: string }[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '') continue; // the project itself
    const range = nodeRange(entry.engines);
    if (range === null) continue;
    // An unparsable range cannot promise anything, so it counts as excluding.
    if (!semver.validRange(range) || !semver.satisfies(node, range)) {
      out.push({ path, version: entry.version ?? '?', range });
    }
  }
  return out;
};
