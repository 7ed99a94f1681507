/** Published after a case's transaction commits: which case, which timeline entry. */
export interface CaseEventMessage {
  caseId: string;
  eventId: string;
}
