/**
 * The browser's "Leave this page?" prompt, while a change has no answer and could not be written
 * down to be sent again after a reload (full or blocked storage, or the moments before it is
 * written). Never while nothing is at stake.
 */
let holds = 0;

function onBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = '';
}

/** Holds the prompt until the returned function is called (calling it twice is harmless). */
export function holdUnload(): () => void {
  if (typeof window === 'undefined') return () => undefined;
  holds += 1;
  if (holds === 1) window.addEventListener('beforeunload', onBeforeUnload);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0) window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

export function unloadHeld(): boolean {
  return holds > 0;
}
