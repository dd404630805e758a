// Zod without generated code: the app and its worker run under a Content-Security-Policy with no 'unsafe-eval'.
import { config } from 'zod/v4/core';

// Zod decides when a schema is built whether to try `new Function`, and even a caught
// attempt is reported as a CSP violation: this must run before any schema exists.
config({ jitless: true });
