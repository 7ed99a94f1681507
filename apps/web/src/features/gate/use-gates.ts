import type { FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { gateAreasQuery } from './gate.operations.js';

/** A site's gates and car parks (areas of kind GATE or CAR_PARK), gates first. */
export function useGates(siteCode: string | null): { id: string; name: string }[] {
  const [{ data }] = useQuery({ query: gateAreasQuery, variables: { siteCode }, pause: !siteCode });
  return useMemo(
    () =>
      (data?.areas ?? [])
        .filter((a) => a.kind === 'GATE' || a.kind === 'CAR_PARK')
        .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'GATE' ? -1 : 1))
        .map((a) => ({ id: a.id, name: a.name })),
    [data],
  );
}

/** Puts the first gate in a form's `gateId` once the gates are known, unless one was chosen. */
export function useDefaultGate(form: FormInstance, gates: { id: string }[]): void {
  useEffect(() => {
    if (gates[0] && !form.getFieldValue('gateId')) form.setFieldValue('gateId', gates[0].id);
  }, [form, gates]);
}
