import { z } from 'zod';

// No `new Function` fast path: the Content-Security-Policy allows no eval (and zod's probe for it would be reported).
// Set here, in the one module every schema module takes zod from, so it holds before any schema is built or used.
z.config({ jitless: true });

export { z };
