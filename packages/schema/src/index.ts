export * from './errors.js';
export * from './limits.js';
export * from './locale.js';
export * from './permissions.js';
