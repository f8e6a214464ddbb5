/**
 * jsdom has no HTMLDialogElement.showModal; this stands in for it in component tests (Escape
 * fires "cancel" as browsers do). Focus containment itself is checked in Chromium by Playwright.
 */
export function installDialogPolyfill(): void {
  if (typeof HTMLDialogElement === 'undefined') return;
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    const first = this.querySelector<HTMLElement>(
      '[autofocus], input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])',
    );
    first?.focus();
    this.addEventListener('keydown', onKeyDown);
  };
  proto.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.removeEventListener('keydown', onKeyDown);
    this.dispatchEvent(new Event('close'));
  };
  function onKeyDown(this: HTMLDialogElement, event: KeyboardEvent) {
    if (event.key === 'Escape') {
      const cancel = new Event('cancel', { cancelable: true });
      this.dispatchEvent(cancel);
      if (!cancel.defaultPrevented) this.close();
    }
  }
}
