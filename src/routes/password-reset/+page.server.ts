import { m } from '#lib/paraglide/messages.js';
import * as passwordResets from '#lib/server/data/password-resets.ts';
import { email, parseForm, readForm, refuse } from '#lib/server/forms.ts';
import { logError } from '#lib/server/log.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const form = parseForm(await readForm(event.request), { email: email() });
		if (!form.ok) return refuse(400, { values: form.values, errors: form.errors });
		// The same answer, at once, whether or not the address has an account: looking the account
		// up and sending the e-mail happen after the answer, so its timing tells nothing either.
		void passwordResets
			.sendLinkIfAccountExists(form.data.email)
			.catch((error) => logError('[password reset e-mail]', error));
		return { values: form.values, success: m.password_reset_sent({ email: form.data.email }) };
	}
};
