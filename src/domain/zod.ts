import { z } from 'zod';

// No `new Function` fast path: the Content-Security-Policy allows no eval (and zod's probe for it would be reported).
// Set here, in the one module the page's schema modules take zod from (types may come from 'zod' itself), so it
// holds before any schema is built or used.
z.config({ jitless: true });

export { z };
