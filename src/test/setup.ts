import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetMockBackend, server } from '../../mocks/node';
import { i18n } from '@lingui/core';
import { messages } from '../locales/en/messages.po';
import { installDialogPolyfill } from './dialog-polyfill';

// Tests read the app in English, as the QA contract is written (src/i18n tests switch languages).
i18n.loadAndActivate({ locale: 'en', messages });

installDialogPolyfill();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockBackend());

// An unexpected console.error fails the test that caused it (React warnings included).
let consoleErrors: unknown[][] = [];
const originalConsoleError = console.error;
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
    originalConsoleError(...args);
  });
});

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  server.resetHandlers();
  const errors = consoleErrors;
  consoleErrors = [];
  if (errors.length > 0) {
    throw new Error(
      `Unexpected console.error:\n${errors.map((a) => a.map(String).join(' ')).join('\n')}`,
    );
  }
});

afterAll(() => server.close());
