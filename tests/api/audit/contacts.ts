import { graphql } from '../../gql/index.js';
import { type AuditFeature, type AuditHarness, type Expectation, keyOf, type Scenario } from './harness.js';

const Create = graphql(`
  mutation AuditCreateContact($input: CreateContactInput!) {
    createContact(input: $input) { contact { id } userErrors { field code } }
  }
`);
const Update = graphql(`
  mutation AuditUpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) { contact { id } userErrors { field code } }
  }
`);
const Verify = graphql(`
  mutation AuditVerifyContact($input: VerifyContactInput!) {
    verifyContact(input: $input) { contact { id } userErrors { field code } }
  }
`);
const Retire = graphql(`
  mutation AuditRetireContact($input: RetireContactInput!) {
    retireContact(input: $input) { contact { id } userErrors { field code } }
  }
`);

const step = (action: string, targetId: string, touches: string[]): Expectation => ({
  actor: 'director',
  action,
  targetType: 'Contact',
  targetId,
  secrets: [],
  touches,
});

let serial = 0;
const input = () => {
  serial += 1;
  return {
    directory: 'LIAISON' as const,
    category: 'POLICE' as const,
    siteCode: 'CUIHU',
    name: `审计派出所${serial}`,
    person: '审计警官',
    phone: `021-5877 ${String(2000 + serial)}`,
  };
};

/** A liaison contact the director entered, to take a step on. */
async function contact(h: AuditHarness): Promise<string> {
  const res = await h.must(await (await h.as('director')).gql(Create, { input: input() }));
  return res.createContact.contact?.id ?? '-';
}

export const contactsAudit: AuditFeature = {
  tables: [['contact', 'id']],
  // The registers are order maintenance's (OM-7, DIR-10), whoever keeps an entry.
  departments: { Contact: "select 'order_maintenance' as d from contact where id = ?" },
  scenarios(h) {
    const scenarios: Record<string, Scenario> = {
      createContact: async () => {
        await h.as('director');
        return async () => {
          const res = await (await h.as('director')).gql(Create, { input: input() });
          const id = res.body.data?.createContact.contact?.id ?? '-';
          return { res, expect: step('contact.create', id, ['contact:']) };
        };
      },
      updateContact: async () => {
        const id = await contact(h);
        return async () => {
          const res = await (await h.as('director')).gql(Update, { input: { contactId: id, role: '所长' } });
          return { res, expect: step('contact.update', id, [`contact:${keyOf(id)}`]) };
        };
      },
      verifyContact: async () => {
        const id = await contact(h);
        return async () => {
          const res = await (await h.as('director')).gql(Verify, { input: { contactId: id, note: '电话确认' } });
          return { res, expect: step('contact.verify', id, [`contact:${keyOf(id)}`]) };
        };
      },
      retireContact: async () => {
        const id = await contact(h);
        return async () => {
          const res = await (await h.as('director')).gql(Retire, { input: { contactId: id, reason: '撤并' } });
          return { res, expect: step('contact.retire', id, [`contact:${keyOf(id)}`]) };
        };
      },
    };
    return scenarios;
  },
};
