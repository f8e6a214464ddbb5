import { afterEach, describe, expect, it, vi } from 'vitest';
import { orderId, type OrderId } from '../domain/ids';
import type { Order } from '../domain/order';
import { ApiError, NetworkError } from './client';
import type { RestoreItem, RestoreItemResult, SingleChange } from './changes';
import { createLocalTryLock, createOutbox, type OutboxDeps } from './outbox';
import { QueuedError } from './queued-error';
import { unloadHeld } from './unload-guard';

/** A browser's localStorage, shared by the "tabs" of a test. */
function fakeStorage(options: { full?: boolean } = {}) {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => {
      if (options.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      items.set(name, value);
    },
    removeItem: (name: string) => void items.delete(name),
  };
}

let keyCounter = 0;
const ID = orderId('8000000000000001');
const PAY: SingleChange = { kind: 'pay', orderId: ID };
const fakeOrder = (id: OrderId = ID) => ({ id }) as unknown as Order;
const acceptAll = (batch: readonly RestoreItem[]) =>
  batch.map((item): RestoreItemResult => ({ ...item, ok: true, order: fakeOrder(item.orderId) }));

function tab(
  storage: ReturnType<typeof fakeStorage>,
  overrides: Partial<OutboxDeps> = {},
  tryLock = createLocalTryLock(),
) {
  return createOutbox({
    storage,
    tryLock,
    sendSingle: vi.fn((change: SingleChange) => Promise.resolve(fakeOrder(change.orderId))),
    sendBatch: vi.fn((batch: readonly RestoreItem[]) => Promise.resolve(acceptAll(batch))),
    now: () => Date.now(),
    newKey: () => `key-${(keyCounter += 1)}`,
    ...overrides,
  });
}

function items(count: number): RestoreItem[] {
  return Array.from({ length: count }, (_, i) => ({
    orderId: orderId(`8${String(i).padStart(15, '0')}`),
    reason: 'still_want_item' as const,
  }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the outbox', () => {
  it('writes a change down, with its key, before it is sent', async () => {
    const storage = fakeStorage();
    let storedWhenSent: string[] = [];
    const sendSingle = vi.fn(() => {
      storedWhenSent = [...storage.items.values()];
      return Promise.resolve(fakeOrder());
    });
    const outbox = tab(storage, { sendSingle });
    const { entry, saved } = outbox.addSingle(PAY);
    expect(saved).toBe(true);
    const outcome = await outbox.run(entry.id);
    expect(sendSingle).toHaveBeenCalledWith(PAY, entry.key);
    expect(storedWhenSent).toHaveLength(1);
    expect(JSON.parse(storedWhenSent[0]!)).toMatchObject({ key: entry.key, change: PAY });
    expect(outcome).toMatchObject({ type: 'single', result: { ok: true } });
  });

  it('drops a change once it has a final answer: the order, or a refusal', async () => {
    const storage = fakeStorage();
    const refusal = new ApiError({
      type: 'about:blank',
      title: 'Not possible',
      status: 409,
      detail: 'This order has already been paid.',
      code: 'INVALID_TRANSITION',
    });
    const outbox = tab(storage, {
      sendSingle: vi.fn().mockResolvedValueOnce(fakeOrder()).mockRejectedValueOnce(refusal),
    });
    await outbox.run(outbox.addSingle(PAY).entry.id);
    expect(storage.items.size).toBe(0);
    const refused = await outbox.run(outbox.addSingle(PAY).entry.id);
    expect(refused).toMatchObject({ type: 'single', result: { ok: false, error: refusal } });
    expect(storage.items.size).toBe(0);
    expect(outbox.pending().size).toBe(0);
  });

  it('keeps a change that got no answer, queued, and sends it again later with the same key', async () => {
    vi.useFakeTimers();
    const storage = fakeStorage();
    const sendSingle = vi
      .fn<OutboxDeps['sendSingle']>()
      .mockRejectedValue(new NetworkError(false))
      .mockRejectedValueOnce(new NetworkError(false));
    const outbox = tab(storage, { sendSingle });
    const { entry } = outbox.addSingle(PAY);
    const running = outbox.run(entry.id);
    await vi.runAllTimersAsync();
    const outcome = await running;
    expect(outcome).toMatchObject({ type: 'single', result: { ok: false } });
    expect(
      outcome.type === 'single' && outcome.result.ok === false && outcome.result.error,
    ).toBeInstanceOf(QueuedError);
    // Retried with the same key in the page, then left in the outbox.
    expect(new Set(sendSingle.mock.calls.map((call) => call[1]))).toEqual(new Set([entry.key]));
    expect(outbox.get(entry.id)?.state).toBe('queued');
    expect(outbox.pending().get(ID)).toMatchObject({ kind: 'pay', state: 'queued' });

    sendSingle.mockReset().mockResolvedValue(fakeOrder());
    await outbox.resumeAll({ olderThan: 0 });
    expect(sendSingle).toHaveBeenCalledWith(PAY, entry.key);
    expect(outbox.get(entry.id)).toBeNull();
  });

  it('when the code that sends cannot be fetched, the change stays queued and goes with the next send', async () => {
    const storage = fakeStorage();
    const { sendEntry } = await import('./outbox-send');
    const loadSender = vi
      .fn<NonNullable<OutboxDeps['loadSender']>>()
      .mockResolvedValue({ sendEntry })
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const sendSingle = vi.fn<OutboxDeps['sendSingle']>().mockResolvedValue(fakeOrder());
    const sendBatch = vi.fn<OutboxDeps['sendBatch']>((batch) => Promise.resolve(acceptAll(batch)));
    const outbox = tab(storage, { sendSingle, sendBatch, loadSender });

    const single = outbox.addSingle(PAY).entry;
    const outcome = await outbox.run(single.id);
    expect(
      outcome.type === 'single' && outcome.result.ok === false && outcome.result.error,
    ).toBeInstanceOf(QueuedError);
    expect(outbox.get(single.id)?.state).toBe('queued');

    const restore = outbox.addRestore(items(2), 'Please restore').entry;
    expect(await outbox.run(restore.id)).toMatchObject({
      type: 'restore',
      results: [{ status: 'queued' }, { status: 'queued' }],
    });
    expect(outbox.get(restore.id)?.state).toBe('queued');
    expect(sendSingle).not.toHaveBeenCalled();
    expect(sendBatch).not.toHaveBeenCalled();

    await outbox.resumeAll({ olderThan: 0 });
    expect(sendSingle).toHaveBeenCalledWith(PAY, single.key);
    expect(sendBatch).toHaveBeenCalledTimes(1);
    expect(outbox.entries()).toEqual([]);
  });

  it('sends again, with the same key, what an earlier page wrote down and never saw answered', async () => {
    const storage = fakeStorage();
    const before = tab(storage);
    const { entry } = before.addSingle({ kind: 'cancel', orderId: ID, reason: 'Found it cheaper' });
    // The page is reloaded before it sends anything.
    const sendSingle = vi.fn(() => Promise.resolve(fakeOrder()));
    const after = tab(storage, { sendSingle });
    const resumed = vi.fn();
    after.onResumed(resumed);
    await after.resumeAll({ createdBefore: Date.now() + 1 });
    expect(sendSingle).toHaveBeenCalledOnce();
    expect(sendSingle).toHaveBeenCalledWith(entry.change, entry.key);
    expect(resumed).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'single', result: { ok: true, order: fakeOrder() } }),
    );
    expect(storage.items.size).toBe(0);
  });

  it('leaves a change another live page has just written down to that page', async () => {
    const storage = fakeStorage();
    const other = tab(storage);
    other.addSingle(PAY);
    const sendSingle = vi.fn(() => Promise.resolve(fakeOrder()));
    const here = tab(storage, { sendSingle });
    // This page started before the other wrote its change: it is not this page's to resume.
    await here.resumeAll({ createdBefore: Date.now() - 60_000 });
    expect(sendSingle).not.toHaveBeenCalled();
  });

  it('two tabs resuming the same change send it once', async () => {
    const storage = fakeStorage();
    tab(storage).addSingle(PAY);
    const sharedLock = createLocalTryLock();
    let answer!: (order: Order) => void;
    const sendSingle = vi.fn(
      () =>
        new Promise<Order>((resolve) => {
          answer = resolve;
        }),
    );
    const first = tab(storage, { sendSingle }, sharedLock);
    const second = tab(storage, { sendSingle }, sharedLock);
    const both = Promise.all([
      first.resumeAll({ createdBefore: Date.now() + 1 }),
      second.resumeAll({ createdBefore: Date.now() + 1 }),
    ]);
    await vi.waitFor(() => expect(sendSingle).toHaveBeenCalled());
    answer(fakeOrder());
    const [a, b] = await both;
    expect(sendSingle).toHaveBeenCalledOnce();
    expect([...a, ...b].map((outcome) => outcome.type).sort()).toEqual(['busy', 'single']);
    // And once it is answered, a later start finds nothing to send.
    await second.resumeAll({ createdBefore: Date.now() + 1 });
    expect(sendSingle).toHaveBeenCalledOnce();
  });

  it('resumes a bulk request after the first batch: the rest with their own keys, the summary complete', async () => {
    const storage = fakeStorage();
    const firstKeys: string[] = [];
    const before = tab(storage, {
      sendBatch: vi.fn((batch: readonly RestoreItem[], _message: string, key: string) => {
        firstKeys.push(key);
        // The first batch is answered; the page goes away while the second is on its way.
        if (firstKeys.length > 1) return new Promise<RestoreItemResult[]>(() => undefined);
        return Promise.resolve(
          batch.map((item): RestoreItemResult => ({
            ...item,
            ok: true,
            order: fakeOrder(item.orderId),
          })),
        );
      }),
    });
    const { entry } = before.addRestore(items(1_200), 'Please restore my orders, thank you!');
    expect(entry.batches.map((batch) => batch.items.length)).toEqual([500, 500, 200]);
    const progress: number[] = [];
    void before.run(entry.id, { onProgress: ({ sent }) => progress.push(sent) });
    await vi.waitFor(() => expect(firstKeys).toHaveLength(2));
    expect(progress).toEqual([0, 500]);

    const secondKeys: string[] = [];
    const after = tab(storage, {
      sendBatch: vi.fn((batch: readonly RestoreItem[], _message: string, key: string) => {
        secondKeys.push(key);
        return Promise.resolve(
          batch.map((item, i): RestoreItemResult =>
            i === 0
              ? { ...item, ok: false, code: 'ALREADY_REQUESTED', message: 'Already requested.' }
              : { ...item, ok: true, order: fakeOrder(item.orderId) },
          ),
        );
      }),
    });
    const resumed = vi.fn();
    after.onResumed(resumed);
    await after.resumeAll({ createdBefore: Date.now() + 1 });
    expect(secondKeys).toEqual([entry.batches[1]!.key, entry.batches[2]!.key]);
    expect(firstKeys[1]).toBe(entry.batches[1]!.key);
    const outcome = resumed.mock.calls[0]![0] as { results: Array<{ status: string }> };
    expect(outcome.results).toHaveLength(1_200);
    expect(outcome.results.filter((result) => result.status === 'sent')).toHaveLength(1_198);
    expect(outcome.results.filter((result) => result.status === 'failed')).toHaveLength(2);
    expect(storage.items.size).toBe(0);
  });

  it('shows which orders have a change on its way, batch by batch', async () => {
    const storage = fakeStorage();
    let release!: () => void;
    const outbox = tab(storage, {
      sendBatch: vi.fn(async (batch: readonly RestoreItem[]) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return batch.map((item): RestoreItemResult => ({
          ...item,
          ok: true,
          order: fakeOrder(item.orderId),
        }));
      }),
    });
    const all = items(3);
    const { entry } = outbox.addRestore(all, 'Please restore my orders, thank you!');
    expect(outbox.pending().get(all[0]!.orderId)).toEqual({
      entryId: entry.id,
      kind: 'restore',
      state: 'sending',
    });
    const done = outbox.run(entry.id);
    await vi.waitFor(() => expect(release).toBeDefined());
    release();
    await done;
    expect(outbox.pending().size).toBe(0);
  });

  it('when the browser will not store it, the change is sent anyway and leaving asks first', async () => {
    const storage = fakeStorage({ full: true });
    let heldWhileSending = false;
    const outbox = tab(storage, {
      sendSingle: vi.fn(() => {
        heldWhileSending = unloadHeld();
        return Promise.resolve(fakeOrder());
      }),
    });
    const { entry, saved } = outbox.addSingle(PAY);
    expect(saved).toBe(false);
    expect(outbox.hasUnsaved()).toBe(true);
    await outbox.run(entry.id);
    expect(heldWhileSending).toBe(true);
    expect(unloadHeld()).toBe(false);
    expect(outbox.hasUnsaved()).toBe(false);
  });

  it('lets the buyer give up on a queued change', () => {
    const storage = fakeStorage();
    const outbox = tab(storage);
    const { entry } = outbox.addRestore(items(2), 'Please restore my orders, thank you!');
    expect(outbox.discard(entry.id)).toMatchObject({ id: entry.id, type: 'restore' });
    expect(storage.items.size).toBe(0);
    expect(outbox.pending().size).toBe(0);
  });

  it('drops what it cannot read rather than sending something half-understood', () => {
    const storage = fakeStorage();
    storage.items.set('order-restore:outbox:ob-broken', '{"version":1,"id":');
    storage.items.set('order-restore:outbox:ob-old', JSON.stringify({ version: 0, id: 'ob-old' }));
    storage.items.set('order-restore:mock:state', 'not ours');
    expect(tab(storage).entries()).toEqual([]);
    expect([...storage.items.keys()]).toEqual(['order-restore:mock:state']);
  });
});
