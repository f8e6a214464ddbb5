import { startTransition, useEffect, useState } from 'react';

/**
 * How many rows a list's first render shows: more than fit on a tall screen (a card is about
 * 300 px high), far fewer than a page of 50.
 */
export const FIRST_SCREEN_ROWS = 6;

/**
 * A list's rows with the first screen first: when the list appears, its first render has only
 * the rows in view, so they paint without waiting for the rest of the page; the whole list
 * follows at once, in a background render (a transition) React can interrupt. From then on
 * every render shows every row, so a change shows at once.
 */
export function useFirstScreenFirst<T>(rows: readonly T[]): readonly T[] {
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    startTransition(() => setWhole(true));
  }, []);
  return whole || rows.length <= FIRST_SCREEN_ROWS ? rows : rows.slice(0, FIRST_SCREEN_ROWS);
}
