/**
 * The flaky scenario's faults, in a pattern fixed by the seed: the n-th first attempt of a
 * mutation (and the n-th read) always meets the same fate, so a run repeats exactly. Retries with
 * a key already seen are never faulted, so a client that retries with its key always gets through.
 */
import { draw } from './random';
import type { ScenarioName } from './scenarios';

export type MutationFault = 'none' | 'fail-before-applying' | 'lose-answer';

export const FAIL_BEFORE_RATE = 0.2;
export const LOSE_ANSWER_RATE = 0.15;
export const READ_FAIL_RATE = 0.1;

export function mutationFault(
  scenario: ScenarioName,
  seed: number,
  ordinal: number,
): MutationFault {
  if (scenario !== 'flaky') return 'none';
  const roll = draw(seed, 'flaky-mutation', ordinal);
  if (roll < FAIL_BEFORE_RATE) return 'fail-before-applying';
  if (roll < FAIL_BEFORE_RATE + LOSE_ANSWER_RATE) return 'lose-answer';
  return 'none';
}

export function readFails(scenario: ScenarioName, seed: number, ordinal: number): boolean {
  if (scenario !== 'flaky') return false;
  return draw(seed, 'flaky-read', ordinal) < READ_FAIL_RATE;
}
