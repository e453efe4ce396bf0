import type { Supabase } from '#lib/server/supabase.ts';
import type { Session, SessionUser } from '#lib/server/auth/sessions.ts';
import type { Locale } from '#lib/paraglide/runtime.js';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to the user so that a report can be matched with the server log. */
			errorId?: string;
		}
		interface Locals {
			locale: Locale;
			/** The signed-in person and their session, or null. */
			user: SessionUser | null;
			session: Session | null;
			/** This request's PostgREST client: anonymous, or carrying the signed-in user's JWT. */
			supabase: Supabase;
		}
	}
}

export {};
