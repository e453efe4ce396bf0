// One-click unsubscribe links (RFC 8058): a link names one person (or address) and one kind of
// notification, signed so that nobody can stop another person's e-mail by guessing a link.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeBase64urlIgnorePadding, encodeBase64urlNoPadding } from '@oslojs/encoding';

export type Unsubscribe = { kind: string } & ({ userId: string } | { email: string });

const KIND = /^[a-z_]{1,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// A key of its own, derived from a server secret the portal has anyway: a link cannot be turned
// into anything else, and changing the secret retires every old link.
function key(secret: string): Buffer {
	return createHmac('sha256', secret).update('tilts unsubscribe links v1').digest();
}

function sign(body: string, secret: string): string {
	return encodeBase64urlNoPadding(createHmac('sha256', key(secret)).update(body).digest());
}

export function unsubscribeToken(target: Unsubscribe, secret: string): string {
	const who = 'userId' in target ? `u:${target.userId}` : `e:${target.email}`;
	const body = encodeBase64urlNoPadding(new TextEncoder().encode(`${target.kind}|${who}`));
	return `${body}.${sign(body, secret)}`;
}

/** What a token asks to stop, or null for anything malformed or not signed by us. */
export function readUnsubscribeToken(token: string, secret: string): Unsubscribe | null {
	if (token.length > 600 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) return null;
	const [body, signature] = token.split('.');
	const expected = Buffer.from(sign(body, secret));
	const given = Buffer.from(signature);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(decodeBase64urlIgnorePadding(body));
	} catch {
		return null;
	}
	const match = /^([a-z_]+)\|([ue]):(.+)$/.exec(text);
	if (!match || !KIND.test(match[1])) return null;
	const [, kind, type, value] = match;
	if (type === 'u') return UUID.test(value) ? { kind, userId: value } : null;
	return value.includes('@') && value.length <= 254 ? { kind, email: value } : null;
}
