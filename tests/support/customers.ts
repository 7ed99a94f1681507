import { Customer } from '../../apps/api/src/features/customers/customer.entity.js';
import { Occupancy } from '../../apps/api/src/features/customers/occupancy.entity.js';
import { Unit } from '../../apps/api/src/features/customers/unit.entity.js';
import { DEMO_CUSTOMER_ANCHORS } from '../../apps/api/src/features/demo/demo-customers.js';
import { toGlobalId } from '../../apps/api/src/graphql/node.js';
import type { CreateCustomerInput } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { unique } from './factories.js';
import type { Client, TestSteward } from './steward.js';

export { DEMO_CUSTOMER_ANCHORS };

const FactoryCreateCustomer = graphql(`
  mutation FactoryCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      customer { id name contacts { value } occupancies { id } }
      userErrors { field message code }
    }
  }
`);

/** Global id of a unit by site and code, straight from the database. */
export async function unitIdOf(steward: TestSteward, siteCode: string, code: string): Promise<string> {
  const unit = await steward.orm.em.fork().findOneOrFail(Unit, { site: { code: siteCode }, code });
  return toGlobalId('Unit', unit.id);
}

/** Global id of the (first, unvoided) customer of that name, straight from the database. */
export async function customerIdOf(steward: TestSteward, name: string): Promise<string> {
  const customer = await steward.orm.em.fork().findOneOrFail(Customer, { name, voidedAt: null });
  return toGlobalId('Customer', customer.id);
}

/** Global id of the occupancy in force for a customer at a unit. */
export async function currentOccupancyIdOf(steward: TestSteward, customerId: string, unitId: string): Promise<string> {
  const key = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1] ?? '';
  const found = await steward.orm.em
    .fork()
    .findOneOrFail(Occupancy, { customer: key(customerId), unit: key(unitId), toDate: null });
  return toGlobalId('Occupancy', found.id);
}

/** Rows of each customer-file table: what a refused change must leave as it was. */
export async function customerFileRows(steward: TestSteward): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  const connection = steward.orm.em.fork().getConnection();
  for (const table of ['building', 'unit', 'customer', 'customer_contact', 'occupancy']) {
    const [row] = await connection.execute<{ n: number }[]>(`select count(*) as n from ${table}`);
    rows[table] = Number(row?.n);
  }
  return rows;
}

let phones = 0;
/** A phone number no demo customer has. */
export function newPhone(): string {
  phones += 1;
  return `1770000${String(phones).padStart(4, '0')}`;
}

/** Opens a customer file through the API (pass a client holding `customer_file.create`, e.g. cs). */
export async function newCustomer(
  cs: Client,
  input: Partial<CreateCustomerInput> = {},
): Promise<{ id: string; name: string; phone: string }> {
  const phone = newPhone();
  const { body } = await cs.gql(FactoryCreateCustomer, {
    input: {
      name: `测试${unique()}`,
      kind: 'OWNER',
      contacts: [{ kind: 'PHONE', value: phone }],
      ...input,
    },
  });
  const result = body.data?.createCustomer;
  if (body.errors || !result?.customer || result.userErrors.length)
    throw new Error(`creating a customer failed: ${JSON.stringify(body)}`);
  return { id: result.customer.id, name: result.customer.name, phone };
}
