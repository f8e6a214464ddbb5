/**
 * The seeded data: scenario + seed + the moment of reset → the same orders every time. Order
 * numbers and contents depend on the scenario and seed alone; the reset moment only anchors the
 * times. This file picks the data a scenario gets and its sale events; the histories themselves
 * are in seed-histories.ts and many-orders.ts, written with seed-builder.ts.
 */
import type { OrderId } from '../src/domain/ids';
import type { Order, SaleEvent } from '../src/domain/order';
import { DAY, HOUR } from '../src/domain/time';
import { manyOrders } from './many-orders';
import { createRandom, hash32 } from './random';
import type { ScenarioName } from './scenarios';
import { OTHER_BUYER, SeedBuilder } from './seed-builder';
import { bigSaleOrders, defaultOrders } from './seed-histories';

export type GeneratedData = {
  readonly orders: readonly Order[];
  readonly saleEvents: readonly SaleEvent[];
  /** For the README's table: which seeded order is in which state. */
  readonly labels: ReadonlyArray<{ readonly label: string; readonly orderId: OrderId }>;
};

/** Scenarios that only change behaviour share the default data. */
function dataFamily(scenario: ScenarioName): 'default' | 'big-sale' | 'empty' | 'many-orders' {
  switch (scenario) {
    case 'big-sale':
    case 'empty':
    case 'many-orders':
      return scenario;
    default:
      return 'default';
  }
}

/** The steps of generating: the data at the end, pauses in between (see `manyOrders`). */
function* generation(
  scenario: ScenarioName,
  seed: number,
  resetAt: number,
): Generator<void, GeneratedData, void> {
  const family = dataFamily(scenario);
  const R = resetAt;
  const saleEvents: SaleEvent[] = [
    { id: 'singles-day', name: "Singles' Day Sale", startsAt: R - 16 * DAY, endsAt: R - 14 * DAY },
  ];
  if (family === 'big-sale') {
    saleEvents.push({
      id: 'big-sale',
      name: 'Black Friday Big Sale',
      startsAt: R - 6 * HOUR,
      endsAt: R + 2 * DAY,
    });
  }
  if (family === 'many-orders') {
    saleEvents.push({
      id: 'mega-sale',
      name: 'Mega Sale',
      startsAt: R - 20 * HOUR,
      endsAt: R + DAY,
    });
  }
  const builder = new SeedBuilder(createRandom(hash32(family, seed)), scenario, seed, {
    saleEvents,
  });
  switch (family) {
    case 'default':
      defaultOrders(builder, R);
      break;
    case 'big-sale':
      bigSaleOrders(builder, R);
      break;
    case 'empty':
      builder.add(
        builder.place(R - HOUR, { buyer: OTHER_BUYER }),
        'Another buyer: unpaid (never visible)',
      );
      break;
    case 'many-orders':
      yield* manyOrders(builder, R, saleEvents.at(-1)!);
      break;
  }
  return { orders: builder.orders, saleEvents, labels: builder.labels };
}

export function generate(scenario: ScenarioName, seed: number, resetAt: number): GeneratedData {
  const steps = generation(scenario, seed, resetAt);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Gives the browser a moment (to paint, to handle input) between two slices of work. */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * How long one slice of the mock's start-up work may run before it gives the page a moment: far
 * under the 50 ms of a long task even on a phone four times slower than the clock suggests,
 * since this is measured in real time.
 */
export const SLICE_MS = 8;

/**
 * Runs `steps` (a generator that yields wherever it could stop), pausing whenever a slice has
 * used up SLICE_MS, and returns what it returns.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** The same data as `generate`, made in slices so that 10,000 orders never block the page. */
export function generateWithoutBlocking(
  scenario: ScenarioName,
  seed: number,
  resetAt: number,
): Promise<GeneratedData> {
  return runInSlices(generation(scenario, seed, resetAt));
}
