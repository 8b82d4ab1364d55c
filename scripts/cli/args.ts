// Command-line flags of the hand-run scripts: `--name value`.

/** The value after `--name` (name given with its dashes), or undefined when the flag is absent. */
export function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The number after `--name`, or `dflt` when the flag is absent. */
export function numFlag(name: string, dflt: number): number {
  const v = flag(name);
  return v === undefined ? dflt : Number(v);
}

/** Is the switch `--name` given? */
export const hasFlag = (name: string): boolean => process.argv.includes(name);
