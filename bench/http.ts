// What the bench's page measurements share: load from many connections, one request at a time,
// signing in as a browser does, and the portal's memory.
import fs from 'node:fs';

/** What a browser asks for: pages, and the page (not JSON) after a form. */
export const BROWSER = { accept: 'text/html', 'accept-encoding': 'gzip, br' };

export type Load = { perSecond: number; p50: number; p95: number; errors: number; kinds: string };

/** `connections` workers for `seconds`, each sending its next request as soon as the last one is answered. */
export async function load(
	url: string,
	headers: Record<string, string>,
	connections: number,
	seconds: number
): Promise<Load> {
	const times: number[] = [];
	/** What went wrong, counted: a status, or `no answer`. */
	const failures = new Map<string, number>();
	const failed = (what: string) => failures.set(what, (failures.get(what) ?? 0) + 1);
	const end = Date.now() + seconds * 1000;
	const worker = async () => {
		while (Date.now() < end) {
			const start = performance.now();
			try {
				// Node's fetch keeps connections open and opens one per request in flight.
				const response = await fetch(url, {
					headers,
					redirect: 'manual',
					signal: AbortSignal.timeout(10_000)
				});
				await response.arrayBuffer();
				if (response.status !== 200) failed(String(response.status));
			} catch {
				failed('no answer');
			}
			times.push(performance.now() - start);
		}
	};
	await Promise.all(Array.from({ length: connections }, worker));
	times.sort((a, b) => a - b);
	const at = (share: number) => times[Math.min(times.length - 1, Math.floor(times.length * share))];
	const errors = [...failures.values()].reduce((sum, count) => sum + count, 0);
	const kinds = [...failures].map(([what, count]) => `${what} ×${count}`).join(', ');
	return { perSecond: times.length / seconds, p50: at(0.5), p95: at(0.95), errors, kinds };
}

let fresh = 0;

/**
 * Median milliseconds of `rounds` requests one after another, after a warm-up, and the last body's
 * size; with `uncached`, each at an address of its own (`bench=N` added), so that none is answered
 * from a shared copy.
 */
export async function alone(
	url: string,
	headers: Record<string, string>,
	rounds: number,
	uncached = false
): Promise<{ median: number; bytes: number; status: number }> {
	const times: number[] = [];
	let bytes = 0;
	let status = 0;
	for (let i = 0; i < rounds + 3; i++) {
		const address = uncached ? `${url}${url.includes('?') ? '&' : '?'}bench=${++fresh}` : url;
		const start = performance.now();
		const response = await fetch(address, {
			headers: { ...headers, 'accept-encoding': 'identity' },
			redirect: 'manual'
		});
		bytes = (await response.arrayBuffer()).byteLength;
		status = response.status;
		if (i >= 3) times.push(performance.now() - start);
	}
	return { median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], bytes, status };
}

/** Signs in through the form, as a browser without JavaScript does; returns the session cookie. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${origin}/en/sign-in`, {
		method: 'POST',
		headers: { ...BROWSER, origin, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const session = response.headers.getSetCookie().find((line) => line.includes('session'));
	if (response.status !== 303 || !session)
		throw new Error(`Signing in failed (${response.status}).`);
	return session.split(';')[0];
}

/** Resident memory of a process, in KiB. */
export function residentMemory(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(status.match(/^VmRSS:\s+(\d+) kB$/m)![1]);
}

export function ms(value: number): string {
	return `${value.toFixed(1)} ms`.padStart(8);
}
