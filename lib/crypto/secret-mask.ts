// The mask shown in place of a stored secret. Its own module, free of node:crypto, so browser code (the connector
// form through lib/connectors/schema.ts) can import it.
export const SECRET_MASK = "••••••••";
