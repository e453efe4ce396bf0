import { m } from '#lib/paraglide/messages.js';

/** The name a registration is listed under: the person's, or, once their account was deleted, that it was erased. */
export function registeredName(registration: {
	full_name: string;
	erased_at: string | null;
}): string {
	return registration.erased_at ? m.registration_erased() : registration.full_name;
}
