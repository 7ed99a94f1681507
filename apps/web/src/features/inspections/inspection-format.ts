import type {
  AddresseeType,
  InspectingBodyType,
  InspectionItemResult,
  InspectionStatus,
  InspectionType,
} from '../../gql/graphql.js';

export const INSPECTION_TYPES: InspectionType[] = ['FIRE', 'SECURITY', 'VEHICLE'];
export const INSPECTION_STATUSES: InspectionStatus[] = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];
export const ITEM_RESULTS: InspectionItemResult[] = ['PASS', 'FAIL', 'N_A'];
export const ADDRESSEE_TYPES: AddresseeType[] = ['DEPARTMENT', 'CUSTOMER', 'CONTRACTOR'];
export const BODY_TYPES: InspectingBodyType[] = ['FIRE', 'PUBLIC_SECURITY', 'LOCAL_AUTHORITY', 'NEIGHBOUR', 'OTHER'];

/** The colour each type and status is shown in, the same on every page. */
export const TYPE_COLOR: Record<InspectionType, string> = { FIRE: 'red', SECURITY: 'blue', VEHICLE: 'gold' };
export const STATUS_COLOR: Record<InspectionStatus, string> = {
  PLANNED: 'default',
  IN_PROGRESS: 'processing',
  COMPLETED: 'success',
  CANCELLED: 'default',
};
export const RESULT_COLOR: Record<InspectionItemResult, string> = { PASS: 'success', FAIL: 'error', N_A: 'default' };

export const inspectionPath = (id: string) => `/inspections/${encodeURIComponent(id)}`;
export const externalPath = (id: string) => `/inspections/external/${encodeURIComponent(id)}`;
export const noticePath = (id: string) => `/cases/${encodeURIComponent(id)}`;
