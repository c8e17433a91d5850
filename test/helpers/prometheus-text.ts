/** One sample of a Prometheus text exposition. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A metric family: its TYPE, HELP and samples (histogram _bucket/_sum/_count samples belong to it). */
export interface Family {
  type: string;
  help: string;
  samples: Sample[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"`;
const SAMPLE = new RegExp(`^(${NAME})(?:\\{((?:${LABEL})(?:,${LABEL})*,?)?\\})? (\\S+)(?: -?\\d+)?$`);
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"/g;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES = ['_bucket', '_sum', '_count', '_created', '_total'];

/**
 * Parses the Prometheus text format (0.0.4) strictly: every line is a HELP, a TYPE or a sample;
 * every sample belongs to a family declared before it; values are numbers (or ±Inf, NaN).
 * Throws naming the first line that is not, so a test sees what a scraper would refuse.
 */
export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  const familyOf = (name: string) =>
    families.get(name) ??
    families.get(
      SUFFIXES.map((s) => (name.endsWith(s) ? name.slice(0, -s.length) : '')).find((n) => families.has(n)) ?? '',
    );
  for (const [i, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      const [, kind, name = '', rest = ''] = meta;
      if (!new RegExp(`^${NAME}$`).test(name)) throw new Error(`line ${i + 1}: bad metric name: ${line}`);
      const family = families.get(name) ?? { type: 'untyped', help: '', samples: [] };
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) throw new Error(`line ${i + 1}: unknown type: ${line}`);
        family.type = rest;
      } else family.help = rest;
      families.set(name, family);
      continue;
    }
    if (line.startsWith('#')) continue;
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`line ${i + 1}: not a sample: ${line}`);
    const [, name = '', labelText = '', valueText = ''] = sample;
    // Prometheus reads values with Go's ParseFloat, which takes NaN and Inf in any case (prom-client writes "Nan").
    const special = { nan: Number.NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity }[valueText.toLowerCase()];
    const value = special ?? Number(valueText);
    if (Number.isNaN(value) && special === undefined) throw new Error(`line ${i + 1}: not a number: ${line}`);
    const family = familyOf(name);
    if (!family) throw new Error(`line ${i + 1}: sample of an undeclared metric: ${line}`);
    const labels = Object.fromEntries([...labelText.matchAll(LABEL_PAIR)].map((m) => [m[1], m[2]]));
    family.samples.push({ name, labels: labels as Record<string, string>, value });
  }
  return families;
}
