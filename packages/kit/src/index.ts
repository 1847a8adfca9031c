import 'reflect-metadata';

export * from './config.js';
export * from './logger.js';
export * from './errors.js';
export * from './identity.js';
export * from './database.js';
export * from './schema.js';
export * from './pagination.js';
export * from './loaders.js';
export * from './context.js';
export * from './server.js';
export * from './ids.js';
export * from './subgraph.js';
export * from './postgres-errors.js';
export * from './internal-client.js';
export * from './spreadsheet.js';
export * from './sql.js';
export * from './versioned.js';
