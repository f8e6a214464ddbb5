/**
 * The conformance suite (issue 22): what any backend implementing the contract must pass. It
 * learns the data through the API itself, so it needs nothing but a base URL and `fetch`; with a
 * `reset` hook (the mock) every check starts from known data, with a `faults` hook the checks that
 * need an injected failure run too. `npm run contract` runs it over HTTP (cli.ts),
 * `mocks/contract.test.ts` against the in-process handlers.
 */
import { answerChecks } from './answer-checks';
import type { CheckResult, ContractCheck, ContractOptions } from './contract-check';
import { runCheck } from './contract-check';
import { idempotencyChecks } from './idempotency-checks';
import { problemChecks } from './problem-checks';

export const CONTRACT_CHECKS: readonly ContractCheck[] = [
  ...answerChecks,
  ...problemChecks,
  ...idempotencyChecks,
];

/** Every check, one after another (they change the data, so never two at once). */
export async function runContractChecks(
  options: ContractOptions,
  onResult?: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of CONTRACT_CHECKS) {
    const result = await runCheck(check, options);
    onResult?.(result);
    results.push(result);
  }
  return results;
}
