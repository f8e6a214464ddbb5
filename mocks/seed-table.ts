import { generate } from './generate';
import type { ScenarioName } from './scenarios';

/** The README's table of seeded order numbers by state, for QA to aim at. */
export function seedTable(scenario: ScenarioName = 'default', seed = 1): string {
  const { labels } = generate(scenario, seed, Date.UTC(2026, 0, 1));
  const rows = labels.map(({ label, orderId }) => `| ${orderId} | ${label} |`);
  return ['| order | state when the data is reset |', '| --- | --- |', ...rows].join('\n');
}
