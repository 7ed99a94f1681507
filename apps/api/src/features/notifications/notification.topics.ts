/** Published after a notification is committed, to its recipient only. */
export interface NotificationMessage {
  notificationId: string;
  recipientId: string;
}
