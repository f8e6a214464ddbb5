import { generate, type GeneratedData } from './generate';
import type { ScenarioName } from './scenarios';

/** Order numbers and labels depend on scenario and seed alone, so the moment is any fixed one. */
const ANY_MOMENT = Date.UTC(2026, 0, 1);
const labelsBySeed = new Map<string, GeneratedData['labels']>();

function seededLabels(scenario: ScenarioName, seed: number): GeneratedData['labels'] {
  const key = `${scenario}/${seed}`;
  let labels = labelsBySeed.get(key);
  if (!labels) {
    labels = generate(scenario, seed, ANY_MOMENT).labels;
    labelsBySeed.set(key, labels);
  }
  return labels;
}

/** The README's table of seeded order numbers by state, for QA to aim at. */
export function seedTable(scenario: ScenarioName = 'default', seed = 1): string {
  const rows = seededLabels(scenario, seed).map(
    ({ label, orderId }) => `| ${orderId} | ${label} |`,
  );
  return ['| order | state when the data is reset |', '| --- | --- |', ...rows].join('\n');
}

/** The number of the seeded order with this README label (e.g. "Restore window closed"). */
export function seededOrder(label: string, scenario: ScenarioName = 'default', seed = 1): string {
  const found = seededLabels(scenario, seed).find((entry) => entry.label === label);
  if (!found) throw new Error(`No seeded order labelled "${label}" in ${scenario}/${seed}`);
  return found.orderId;
}
