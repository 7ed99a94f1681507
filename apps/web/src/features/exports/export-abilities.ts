import type { PermissionCode } from '@steward/schema';

/**
 * Who finds the exports page: whoever may read one of the datasets (a case kind, incidents,
 * patrols, attendance, the audit trail). The page itself lists what the server says they may export.
 */
export const EXPORT_PERMISSIONS: readonly PermissionCode[] = [
  'complaint.read',
  'service_request.read',
  'rental.read',
  'task.read',
  'inspection.read',
  'incident.read',
  'patrol.read',
  'attendance.read',
  'audit.read',
];
