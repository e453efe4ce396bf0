import { m } from '#lib/paraglide/messages.js';
import { requirePlatformAdmin } from '#lib/server/auth/guards.ts';
import * as notifications from '#lib/server/data/notifications.ts';
import { choice, pageNumber, parseForm, readForm, refuse, uuid } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The status asked for in the address; anything else shows all. */
function statusOf(url: URL): notifications.Status | null {
	const parsed = choice(notifications.STATUSES, { required: false }).parse(
		url.searchParams.get('status')
	);
	return 'value' in parsed ? parsed.value : null;
}

export const load: PageServerLoad = async (event) => {
	requirePlatformAdmin(event);
	const supabase = event.locals.supabase;
	const status = statusOf(event.url);
	const page = pageNumber(event.url);
	const [counts, list] = await Promise.all([
		notifications.counts(supabase),
		notifications.list(supabase, { status, page })
	]);
	const total = status
		? counts[status]
		: notifications.STATUSES.reduce((sum, s) => sum + counts[s], 0);
	return { status, page, pageSize: notifications.PAGE_SIZE, counts, total, notifications: list };
};

export const actions: Actions = {
	retry: async (event) => {
		requirePlatformAdmin(event);
		const form = parseForm(await readForm(event.request), { notification: uuid() });
		if (!form.ok) return refuse(400, { action: 'retry', message: m.admin_mail_not_failed() });
		if (!(await notifications.retry(event.locals.supabase, form.data.notification))) {
			return refuse(409, { action: 'retry', message: m.admin_mail_not_failed() });
		}
		return { action: 'retry', success: m.admin_mail_retried() };
	}
};
