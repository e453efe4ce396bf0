// The kinds of notification by their names in the reader's language.
import { m } from '#lib/paraglide/messages.js';

const NAMES: Record<string, () => string> = {};

export function notificationKindName(kind: string): string {
	return NAMES[kind]?.() ?? m.unsubscribe_this_kind();
}
