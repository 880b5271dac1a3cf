// The record's schema id, apart from the zod schema: the CLI's main thread writes error records with it
// without loading zod (src/cli/errors.ts).
export const SCHEMA_ID = 'newsx/event-record@1';
