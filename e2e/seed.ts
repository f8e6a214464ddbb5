/**
 * The seeded order numbers, straight from the generator (they depend on scenario and seed only),
 * so a flow can aim at "the order cancelled by the seller, window open" by its README label.
 */
import { generate } from '../mocks/generate';
import type { ScenarioName } from '../mocks/scenarios';

export function seededOrder(label: string, scenario: ScenarioName = 'default', seed = 1): string {
  const found = generate(scenario, seed, Date.UTC(2026, 0, 1)).labels.find(
    (entry) => entry.label === label,
  );
  if (!found) throw new Error(`No seeded order labelled "${label}" in ${scenario}/${seed}`);
  return found.orderId;
}
