export * from './enums.js';
export * from './limits.js';
//# sourceMappingURL=index.js.map