import type { Order } from './order';
import type { SelectionScope, SelectionState } from './selection';

/**
 * What the restore dialog is asked to send: one order (its Restore button), or a selection in
 * Deleted Orders (resolved through the selection endpoint, so it covers orders not yet loaded).
 */
export type RestoreTarget =
  | { readonly kind: 'one'; readonly order: Order }
  | {
      readonly kind: 'many';
      readonly selection: SelectionState;
      readonly scope: SelectionScope;
    };
