/** The contract's limits as plain numbers, for code that must not load the schemas (the first view). */
export const MAX_RESTORE_ITEMS = 500;
