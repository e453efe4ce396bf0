import { fail } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { isLocale } from '#lib/paraglide/runtime.js';
import * as passwordResets from '#lib/server/data/password-resets.ts';
import { email, parseForm, readForm } from '#lib/server/forms.ts';
import { absoluteLink, composeMail, sendMail } from '#lib/server/mail.ts';
import { serviceClient } from '#lib/server/supabase-admin.ts';
import { unwrap } from '#lib/server/data/unwrap.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const form = parseForm(await readForm(event.request), { email: email() });
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		// The same answer whether or not the address has an account.
		const answer = { values: form.values, success: m.password_reset_sent({ email: form.data.email }) };
		const account = unwrap(
			await serviceClient().from('users').select('id, preferred_locale').eq('email', form.data.email).maybeSingle()
		);
		if (!account) return answer;
		const token = await passwordResets.create(account.id);
		if (!token) return answer;
		const locale = isLocale(account.preferred_locale) ? account.preferred_locale : 'en';
		await sendMail(
			composeMail({
				to: form.data.email,
				lang: locale,
				subject: m.password_reset_mail_subject({}, { locale }),
				paragraphs: [m.password_reset_mail_text({}, { locale }), m.password_reset_mail_ignore({}, { locale })],
				action: { label: m.password_reset_mail_action({}, { locale }), url: absoluteLink(`/${locale}/password-reset/${token}`) }
			})
		);
		return answer;
	}
};
