/** `pnpm --filter @steward/api emit-schema`: writes packages/schema/schema.graphql from the code. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_ROOT } from '../config.js';
import { createSchema, printContract } from '../graphql/schema.js';

export const CONTRACT_PATH = resolve(API_ROOT, '../../packages/schema/schema.graphql');
writeFileSync(CONTRACT_PATH, printContract(await createSchema()));
console.log(`wrote ${CONTRACT_PATH}`);
