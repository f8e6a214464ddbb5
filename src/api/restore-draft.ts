/**
 * What the buyer typed in the restore dialog, kept in localStorage until the request has gone
 * through: a failed submit, a closed dialog or a reload loses nothing.
 */
const KEY = 'order-restore:restore-draft';

export type RestoreDraft = { message: string; unpaidReason: string; paidReason: string };

export function loadDraft(): RestoreDraft | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<RestoreDraft>;
    if (typeof value.message !== 'string') return null;
    return {
      message: value.message,
      unpaidReason: typeof value.unpaidReason === 'string' ? value.unpaidReason : '',
      paidReason: typeof value.paidReason === 'string' ? value.paidReason : '',
    };
  } catch {
    return null;
  }
}

/** Returns false when the browser would not store it (full or blocked storage). */
export function saveDraft(draft: RestoreDraft): boolean {
  try {
    if (!draft.message && !draft.unpaidReason && !draft.paidReason) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
