/**
 * The start-up switches (product.md §6): URL parameters read once when the app starts, kept
 * until the next reset, and removed from the URL once applied.
 */
import { isScenario, type ScenarioName } from './scenarios';

export const SWITCH_NAMES = ['scenario', 'seed', 'reset', 'latency'] as const;

export type Switches = {
  scenario?: ScenarioName;
  seed?: number;
  reset: boolean;
  latency?: number;
};

export function readSwitches(params: URLSearchParams): Switches {
  const switches: Switches = {
    reset: params.get('reset') === '1' || params.get('reset') === 'true',
  };
  const scenario = params.get('scenario');
  if (isScenario(scenario)) switches.scenario = scenario;
  const seed = params.get('seed');
  if (seed !== null && /^\d{1,9}$/.test(seed)) switches.seed = Number(seed);
  const latency = params.get('latency');
  if (latency !== null && /^\d{1,5}$/.test(latency)) switches.latency = Number(latency);
  return switches;
}
