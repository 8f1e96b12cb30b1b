/** What the API accepts as a reader id (the X-Reader-Id header): 8 to 64 letters, digits, `_` or `-`. */
export const READER_ID_PATTERN = /^[\w-]{8,64}$/;

export const isReaderId = (v: unknown): v is string => typeof v === 'string' && READER_ID_PATTERN.test(v);
