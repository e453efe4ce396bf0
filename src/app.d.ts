import type { SupabaseClient } from '@supabase/supabase-js';
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
			/** This request's PostgREST client: anonymous, or carrying the signed-in user's JWT. */
			supabase: SupabaseClient;
		}
	}
}

export {};
