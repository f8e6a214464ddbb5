/** Resolves after the next paint: what waits on it starts once the page on screen has been drawn. */
export const afterPaint = (): Promise<void> =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
