import type { ReminderChannel } from '../../domain/reminder-channels.js';
import type { Config } from '../config.js';

/**
 * The channels this server can send reminders through, which kiosks offer visitors: e-mail when
 * SMTP_URL is set (main.ts starts the reminder job only then). Never SMS: there is no SMS sender.
 */
export function reminderChannelsOf(config: Pick<Config, 'smtpUrl'>): ReminderChannel[] {
  return config.smtpUrl ? ['email'] : [];
}
