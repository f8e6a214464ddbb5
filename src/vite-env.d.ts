/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real backend with the same contract; when set, the mock is left out of the build. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
