import { DisciplineRecord } from '../features/attendance/discipline-record.entity.js';
import { GroomingCheck } from '../features/attendance/grooming-check.entity.js';
import { ShiftBriefing } from '../features/attendance/shift-briefing.entity.js';
import { AuditEvent } from '../features/audit/audit-event.entity.js';
import { ApiToken } from '../features/auth/api-token.entity.js';
import { LoginThrottle } from '../features/auth/login-throttle.entity.js';
import { Session } from '../features/auth/session.entity.js';
import { Case } from '../features/cases/case.entity.js';
import { CaseEvent } from '../features/cases/case-event.entity.js';
import { CaseSequence } from '../features/cases/case-sequence.entity.js';
import { SlaPolicy } from '../features/cases/sla-policy.entity.js';
import { Contact } from '../features/contacts/contact.entity.js';
import { Building } from '../features/customers/building.entity.js';
import { Customer } from '../features/customers/customer.entity.js';
import { CustomerContact } from '../features/customers/customer-contact.entity.js';
import { Occupancy } from '../features/customers/occupancy.entity.js';
import { Unit } from '../features/customers/unit.entity.js';
import { FireBrigadeMember } from '../features/fire-safety/fire-brigade-member.entity.js';
import { FireDrill, FireDrillFollowUp, FireDrillParticipant } from '../features/fire-safety/fire-drill.entity.js';
import { FireEquipment } from '../features/fire-safety/fire-equipment.entity.js';
import { FireResponsibility } from '../features/fire-safety/fire-responsibility.entity.js';
import { EmergencyPlan, EmergencyPlanReading, KeyUnit } from '../features/fire-safety/key-unit.entity.js';
import { GateVisitor } from '../features/gate/gate-visitor.entity.js';
import { GoodsPass } from '../features/gate/goods-pass.entity.js';
import { VehicleMovement } from '../features/gate/vehicle-movement.entity.js';
import { CashMovement } from '../features/handover/cash-movement.entity.js';
import { DutyLog, DutyLogEntry } from '../features/handover/duty-log.entity.js';
import { Handover } from '../features/handover/handover.entity.js';
import { ShiftMaterial } from '../features/handover/shift-material.entity.js';
import { Escalation } from '../features/incidents/escalation.entity.js';
import { IncidentPolicy } from '../features/incidents/incident-policy.entity.js';
import { ExternalInspection } from '../features/inspections/external-inspection.entity.js';
import { Inspection, InspectionChecklist, InspectionItem } from '../features/inspections/inspection.entity.js';
import { Meeting, MeetingActionItem, MeetingAttendee } from '../features/meetings/meeting.entity.js';
import { Notice } from '../features/notices/notice.entity.js';
import { NoticeAcknowledgement } from '../features/notices/notice-acknowledgement.entity.js';
import { Notification } from '../features/notifications/notification.entity.js';
import { MissedPatrol, PatrolRound, PatrolScan } from '../features/patrols/patrol.entity.js';
import { PositionGrant } from '../features/permissions/position-grant.entity.js';
import { Area } from '../features/places/area.entity.js';
import { Checkpoint } from '../features/places/checkpoint.entity.js';
import { ReceptionVisit } from '../features/reception/reception-visit.entity.js';
import { Department } from '../features/rulebook/department.entity.js';
import { Duty } from '../features/rulebook/duty.entity.js';
import { Position } from '../features/rulebook/position.entity.js';
import { Shift, ShiftMember } from '../features/shifts/shift.entity.js';
import { ShiftPattern } from '../features/shifts/shift-pattern.entity.js';
import { ShiftSwap } from '../features/shifts/shift-swap.entity.js';
import { StaffLeave } from '../features/shifts/staff-leave.entity.js';
import { Team } from '../features/shifts/team.entity.js';
import { Site } from '../features/sites/site.entity.js';
import { Staff } from '../features/staff/staff.entity.js';
import { CaseRollupSchema, CaseRollupStateSchema } from '../features/stats/rollup/case-rollup.entity.js';

/** Every entity, listed explicitly: no folder scanning, so src (tsx) and dist (node) behave alike. */
export const entities = [
  Department,
  Position,
  Duty,
  Site,
  Staff,
  Session,
  ApiToken,
  LoginThrottle,
  PositionGrant,
  AuditEvent,
  Building,
  Unit,
  Customer,
  CustomerContact,
  Occupancy,
  Case,
  CaseEvent,
  CaseSequence,
  CaseRollupSchema,
  CaseRollupStateSchema,
  SlaPolicy,
  Notice,
  NoticeAcknowledgement,
  Notification,
  ReceptionVisit,
  Meeting,
  MeetingAttendee,
  MeetingActionItem,
  ShiftPattern,
  Team,
  Shift,
  ShiftMember,
  DutyLog,
  DutyLogEntry,
  ShiftMaterial,
  CashMovement,
  Handover,
  ShiftBriefing,
  DisciplineRecord,
  GroomingCheck,
  Area,
  Checkpoint,
  PatrolRound,
  PatrolScan,
  MissedPatrol,
  ShiftSwap,
  StaffLeave,
  Escalation,
  IncidentPolicy,
  KeyUnit,
  EmergencyPlan,
  EmergencyPlanReading,
  FireResponsibility,
  FireDrill,
  FireDrillParticipant,
  FireDrillFollowUp,
  FireEquipment,
  FireBrigadeMember,
  Contact,
  GoodsPass,
  VehicleMovement,
  GateVisitor,
  InspectionChecklist,
  Inspection,
  InspectionItem,
  ExternalInspection,
];
