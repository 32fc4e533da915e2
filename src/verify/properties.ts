/** The peers' twin properties, one file per property under properties/ (definitions and proofs: properties/index.ts). */
export * from './properties/index.js';
