import { DEMO_PASSWORD } from './sign-in.js';

/** Speaks GraphQL to a running server as one demo user (a session cookie of its own). */
export async function graphqlAs(url: string, username: string) {
  const post = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { res, body: (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
  };
  const login = await post('mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', {
    i: { username, password: DEMO_PASSWORD },
  });
  const cookie = login.res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in as ${username} failed`);
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await post(query, variables, cookie);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
}

export interface PatrolShiftNow {
  shiftId: string;
  leader: string;
  officers: string[];
  /** The site's active checkpoints, with their codes (as the director reads them). */
  checkpoints: { id: string; name: string; code: string; area: string }[];
}

interface ShiftRow {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  leader: { username: string };
  members: { role: string; staff: { username: string } }[];
}

const localDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
    .slice(0, 10);

/**
 * The demo shift running now at a site (the demo roster has one day and one night team at CUIHU
 * every day), put on duty by its leader if it is not yet: who leads it, who patrols it, and the
 * site's checkpoints — for the journeys that need someone on duty now.
 */
export async function patrolShiftNow(url: string, siteCode = 'CUIHU'): Promise<PatrolShiftNow> {
  const director = await graphqlAs(url, 'director');
  const now = Date.now();
  const data = await director<{ shifts: { nodes: ShiftRow[] } }>(
    `query($f: ShiftFilter) { shifts(filter: $f, first: 20) { nodes {
       id status startsAt endsAt leader { username } members { role staff { username } } } } }`,
    { f: { siteCode, from: localDate(new Date(now - 86_400_000)), to: localDate(new Date(now)) } },
  );
  const shift = data.shifts.nodes.find((s) => Date.parse(s.startsAt) <= now && now < Date.parse(s.endsAt));
  if (!shift) throw new Error(`no shift running now at ${siteCode}`);
  if (shift.status === 'PLANNED' || shift.status === 'BRIEFING') {
    const leader = await graphqlAs(url, shift.leader.username);
    await leader('mutation($i: ShiftStepInput!) { startShiftDuty(input: $i) { userErrors { code } } }', {
      i: { shiftId: shift.id },
    });
  }
  const places = await director<{
    areas: { name: string; checkpoints: { id: string; name: string; code: string }[] }[];
  }>('query($s: String) { areas(siteCode: $s) { name checkpoints { id name code } } }', { s: siteCode });
  return {
    shiftId: shift.id,
    leader: shift.leader.username,
    officers: shift.members.filter((m) => m.role === 'OFFICER').map((m) => m.staff.username),
    checkpoints: places.areas.flatMap((a) => a.checkpoints.map((c) => ({ ...c, area: a.name }))),
  };
}
