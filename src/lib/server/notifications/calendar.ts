// Calendar invitations by e-mail (RFC 5546): filled in with the iTIP builder.
import type { Locale } from '#lib/paraglide/runtime.js';
import type { QueuedNotification } from './render.ts';

export function invitationCalendar(
	_n: QueuedNotification,
	_locale: Locale,
	_context: { origin: string; from: { name: string; address: string } }
): { method: 'REQUEST' | 'CANCEL'; content: string; filename: string } | null {
	return null;
}
