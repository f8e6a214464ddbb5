/** The mock's scenarios (product.md §6). */
export const SCENARIOS = [
  'default',
  'big-sale',
  'empty',
  'many-orders',
  'flaky',
  'slow',
  'sellers-accept',
  'sellers-replace',
  'sellers-refund',
  'sellers-decline',
  // No seller ever answers: every request waits for its 48-hour answer-by and expires.
  'sellers-silent',
] as const;

export type ScenarioName = (typeof SCENARIOS)[number];

export function isScenario(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

export const DEFAULT_LATENCY_MS = 300;
export const SLOW_LATENCY_MS = 2000;

/** In the seller scenarios every seller answers this long after a request, always the same way. */
export const FORCED_ANSWER_MS = 10 * 60_000;

export type ForcedOutcome = 'accept' | 'replace' | 'refund' | 'decline';

export function forcedOutcome(scenario: ScenarioName): ForcedOutcome | null {
  switch (scenario) {
    case 'sellers-accept':
      return 'accept';
    case 'sellers-replace':
      return 'replace';
    case 'sellers-refund':
      return 'refund';
    case 'sellers-decline':
      return 'decline';
    default:
      return null;
  }
}
