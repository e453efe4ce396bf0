// The service-role client bypasses row level security. Only the few places where nothing else can
// work import it (sessions, invitations); everything else uses the per-request client.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { serverConfig } from './config.ts';
import { fetchWithTimeout } from './supabase.ts';

export function createServiceClient(): SupabaseClient {
	const { supabaseUrl, serviceRoleKey } = serverConfig();
	return createClient(supabaseUrl, serviceRoleKey, {
		auth: { persistSession: false, autoRefreshToken: false },
		global: { fetch: fetchWithTimeout }
	});
}
