import { it } from 'vitest';
import { startTestSteward } from '../support/steward.js';
it('smoke', async () => {
const t0 = Date.now();
const s = await startTestSteward({ LOG_LEVEL: process.env.LL ?? 'warn' });
console.log('started in', Date.now() - t0, 'ms');
const director = await s.login('director');
const q = async (c: any, query: string, variables = {}) => {
  const r = await c.post(JSON.stringify({ query, variables }));
  return JSON.stringify(r.json, null, 1);
};
console.log(await q(director, `{ contactCoverage { site { code } missingLiaison missingEmergency stale { name lastVerifiedAt } } contacts(first: 5) { totalCount nodes { name phone dial stale site { code } verifiedBy { name } } } }`));
const officer = await s.login('officer');
console.log(await q(officer, `{ goodsPasses(first: 10) { totalCount nodes { number status issuedTo validFrom validUntil can { approve checkOut refuse cancel } } } vehicleMovements(filter: {inside: true}) { totalCount nodes { plate category enteredAt overstaying entryGate { name } } } gateVisitors(first: 3) { totalCount nodes { name idLast4 inside } } }`));
const cs = await s.login('cs');
console.log(await q(cs, `{ goodsPasses(first: 3, filter: {statuses: [REQUESTED, EXPIRED]}) { totalCount nodes { number status can { approve cancel checkOut } } } }`));
await s.close();

}, 180_000);
