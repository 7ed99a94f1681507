import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { startTestSteward, type TestSteward } from '../support/steward.js';

const DepartmentsWithDuties = graphql(`
  query DepartmentsWithDuties {
    departments { key name duties { number text source } }
  }
`);

let steward: TestSteward;
beforeAll(async () => {
  steward = await startTestSteward();
});
afterAll(() => steward?.close());

describe('rulebook', () => {
  it('serves every department with its numbered duties, in Chinese by default', async () => {
    const { status, body } = await steward.gql(DepartmentsWithDuties);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const departments = body.data?.departments ?? [];
    expect(departments.map((d) => d.key)).toEqual([
      'customer_service', 'order_maintenance', 'facilities', 'environment', 'finance', 'admin_office', 'engineering', 'public_facilities',
    ]);
    expect(departments.flatMap((d) => d.duties)).toHaveLength(23);
    expect(departments[0]?.name).toBe('客户服务部');
    expect(departments[0]?.duties[3]).toMatchObject({ number: 4, source: 'CS-4' });
    expect(departments[0]?.duties[3]?.text).toContain('事事有记录，事事有结果');
  });
});
