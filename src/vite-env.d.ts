/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** Base URL of the ticket intake; the same origin's /api when unset. */
  readonly VITE_INTAKE_URL?: string;
}
