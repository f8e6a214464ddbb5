/**
 * Each language's catalog (src/locales/<code>/messages.po, one file for translators) is built in
 * parts, so a page loads the sentences its code can show and not the whole app's:
 *
 * - `core`: every message written in a file the main chunk reaches, loaded before the first
 *   render;
 * - one part per group of code that loads on demand, named here by its roots (the modules that
 *   load it): the messages written only in files those roots reach. The part is fetched beside
 *   its code (a route's `messages` in route-table.ts, `withMessages` for a lazy component).
 *
 * Which file is in which part is worked out from the imports at build time
 * (scripts/i18n/split-catalog.ts), which also checks the built chunks against it. A file both
 * the main chunk and a part reach is core; one that two parts reach is in both.
 */
export const CATALOG_PART_ROOTS = {
  deleted: ['src/app/routes/deleted-orders-route.tsx'],
  record: ['src/app/routes/order-details-route.tsx'],
  // What no first paint shows: the page's background work (loaded after the first paint, and its
  // words with it), the dialogs and the notifications panel, so a dialog's words are already here
  // when it opens. One part, not three: they share sentences, and each part is compressed alone.
  later: [
    'src/app/background.tsx',
    'src/features/restore/restore-dialog.tsx',
    'src/features/restore/resumed-restore-dialog.tsx',
    'src/order-actions/cancel-order-dialog.tsx',
    'src/order-actions/withdraw-dialog.tsx',
    'src/features/notifications/notifications-panel.tsx',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type CatalogPart = 'core' | keyof typeof CATALOG_PART_ROOTS;
