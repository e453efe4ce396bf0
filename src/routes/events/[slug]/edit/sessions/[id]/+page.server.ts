import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { refusalMessage } from '#lib/server/data/refusal-messages.ts';
import { href } from '#lib/i18n.ts';
import { requireEvent } from '#lib/server/auth/guards.ts';
import * as contentLocales from '#lib/server/data/content-locales.ts';
import * as events from '#lib/server/data/events.ts';
import { integer, readForm, refuse } from '#lib/server/forms.ts';
import { readSession } from '../../session-form.ts';
import type { Actions, PageServerLoad } from './$types';

async function editableSession(event: RequestEvent<{ slug: string; id: string }>) {
	const found = await requireEvent(event, 'edit');
	const session = found.sessions.find((s) => s.id === event.params.id);
	if (!session) error(404, { message: m.error_not_found() });
	return { found, session };
}

export const load: PageServerLoad = async (event) => {
	const { found, session } = await editableSession(event);
	const { locales, code } = await contentLocales.editingLanguage(
		event.locals.supabase,
		event.url.searchParams.get('lang')
	);
	return { event: found, session, contentLocales: locales, editing: code };
};

export const actions: Actions = {
	default: async (event) => {
		const { found, session } = await editableSession(event);
		const raw = await readForm(event.request);
		const { code: editing } = await contentLocales.editingLanguage(
			event.locals.supabase,
			raw.get('lang') as string | null
		);
		const version = integer({ min: 1 }).parse(raw.get('version'));
		const read = await readSession(raw, found, editing, {
			title: session.title,
			description: session.description
		});
		if (!read.ok) return refuse(400, { values: read.values, errors: read.errors });
		if ('error' in version)
			return refuse(400, { values: read.values, errors: { session_title: version.error } });
		const answer = await events.updateSession(
			event.locals.supabase,
			found.id,
			session.id,
			version.value,
			read.session
		);
		if (answer === 'conflict')
			return refuse(409, {
				values: read.values,
				errors: {},
				conflict: true
			});
		if (answer)
			return refuse(400, {
				values: read.values,
				errors: { session_starts: refusalMessage(answer) }
			});
		redirect(303, `${href(`/events/${found.slug}/edit`)}?lang=${editing}&done=details`);
	}
};
