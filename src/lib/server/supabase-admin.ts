// The service-role client bypasses row level security. Only the few places where nothing else can
// work import it: sessions and credentials (read before anyone is signed in), invitations and
// password resets (acted on by people without an account or session), and the audit of sign-ins.
// Everything else uses the per-request client.
import { createClient } from '@supabase/supabase-js';
import { serverConfig } from './config.ts';
import type { TiltsDatabase } from './database.ts';
import { fetchWithTimeout, keyOnlyAsApiKey, type Supabase } from './supabase.ts';

// Holds no user's state: one client serves the whole process.
let client: Supabase | undefined;

/** As Supabase documents the secret key: in the `apikey` header, which the gateway turns into the service_role. */
export function serviceClient(): Supabase {
	const { supabaseUrl, serviceRoleKey } = serverConfig();
	return (client ??= createClient<TiltsDatabase>(supabaseUrl, serviceRoleKey, {
		auth: { persistSession: false, autoRefreshToken: false },
		global: { fetch: keyOnlyAsApiKey(serviceRoleKey, fetchWithTimeout) }
	}));
}
