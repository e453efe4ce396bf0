// Stopping a kind of e-mail from a link in it. Nobody is signed in when a mail program follows a
// one-click link, so this is one of the few places for the service role; the link's signature
// (notifications/unsubscribe.ts) is what authorises it.
import type { Unsubscribe } from '../notifications/unsubscribe.ts';
import { serviceClient } from '../supabase-admin.ts';
import { unwrap } from './unwrap.ts';

export async function stop(target: Unsubscribe): Promise<boolean> {
	return unwrap(
		await serviceClient().rpc('unsubscribe', {
			person: 'userId' in target ? target.userId : null,
			address: 'email' in target ? target.email : null,
			kind: target.kind
		})
	) as boolean;
}
