// An event's gallery (supabase/migrations/20261212150000_event_photos.sql, 20261212150100_event_photo_writes.sql,
// src/lib/server/files.ts addEventPhotos, src/lib/server/data/photos.ts): photos are added by the
// event's editors only, all of a submit or none; one whose consent is not confirmed is for the
// partnership only, its file and renditions too, and never in a report; confirming it makes it public.
// Acting as each role through the real PostgREST; outcomes checked as the cluster's superuser.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as files from '../../src/lib/server/files.ts';
import * as photos from '../../src/lib/server/data/photos.ts';
import * as documents from '../../src/lib/server/data/documents.ts';
import type { Supabase } from '../../src/lib/server/supabase.ts';
import { actingAs, outcome, rawBytesAs, type Outcome } from './acting-as.ts';
import { factories } from './factories.ts';
import { useFixtures } from './fixtures.ts';

const stack = inject('stack');

const DENIED = '42501';
const CHECK = '23514';

const TAG = randomBytes(4).toString('hex');
const PREFIX = `photo-${TAG}`;
const EMAIL_DOMAIN = `${PREFIX}.example`;

const make = factories(PREFIX);
const ORG = {
	lead: make.organisation({ kind: 'municipality', city: 'Daugavpils' }),
	partner: make.organisation({ kind: 'municipality', city: 'Faenza', country: 'IT' }),
	unrelated: make.organisation({ kind: 'municipality', city: 'Tartu', country: 'EE' })
};
const USER = {
	/** Coordinator of the project for the lead organisation: an editor of its event. */
	editor: make.person({ memberOf: ORG.lead }),
	/** Partner editor for the partner organisation: in the partnership, not an editor of the event. */
	partner: make.person({ memberOf: ORG.partner }),
	/** Member of an organisation in no project here. */
	outsider: make.person({ adminOf: ORG.unrelated })
};
const PROJECT = make.project({ is_published: true });
make.partner(PROJECT, ORG.lead, 'lead_partner');
make.partner(PROJECT, ORG.partner);
make.projectMember(PROJECT, USER.editor, ORG.lead, 'coordinator');
make.projectMember(PROJECT, USER.partner, ORG.partner, 'partner_editor');
const EVENT = make.event({
	projects: [PROJECT],
	host_organisation_id: ORG.lead,
	starts_local: '2025-04-11 10:00',
	ends_local: '2025-04-12 16:00',
	visibility: 'public'
});

const CLEAN_UP = `
delete from public.events where slug like '${PREFIX}-%';
delete from public.projects where slug like '${PREFIX}-%';
delete from public.organisations where slug like '${PREFIX}-%';
delete from public.users where email like '%@${EMAIL_DOMAIN}';
`;

const { peek } = useFixtures(stack.superuserUrl, {
	rows: make,
	cleanUp: CLEAN_UP,
	left: async () => {
		expect(
			await peek(
				`select count(*)::int as n from public.event_photos as p where not exists (select 1 from public.documents as d where d.id = p.document_id)`
			)
		).toEqual([{ n: 0 }]);
	}
});

type Person = keyof typeof USER;
type Who = Person | 'anon';
const as = actingAs<Person>(stack, USER);
const client = (who: Who) => as(who) as unknown as Supabase;
const ROLES: Who[] = ['anon', 'outsider', 'partner', 'editor'];
const bytesAs = rawBytesAs<Person>(stack, USER);

const png = (width: number, height: number, colour = '#2a7') =>
	sharp({ create: { width, height, channels: 3, background: colour } })
		.png()
		.toBuffer();
const caption = (text: string) => ({
	en: { text: `${PREFIX} ${text}`, status: 'original' as const }
});
const upload = async (
	text: string,
	consent: files.PhotoUpload['consent'],
	bytes?: Buffer
): Promise<files.PhotoUpload> => ({
	caption: caption(text),
	credit: 'A. Photographer',
	consent,
	fileName: `${text}.png`,
	contentType: 'image/png',
	bytes: bytes ?? (await png(1200, 800))
});
const photoCount = async () =>
	(
		await peek<{ n: number }>(
			`select count(*)::int as n from public.event_photos where event_id = $1`,
			[EVENT]
		)
	)[0].n;

const PHOTO: { confirmed: string; unconfirmed: string } = { confirmed: '', unconfirmed: '' };
let fileOf: Record<keyof typeof PHOTO, string>;

beforeAll(async () => {
	const added = await files.addEventPhotos(client('editor'), USER.editor, EVENT, [
		await upload('crowd', 'given'),
		await upload('hall', 'unconfirmed')
	]);
	if (!added.ok) throw new Error(`not added: ${added.reason}`);
	[PHOTO.confirmed, PHOTO.unconfirmed] = added.ids;
	const rows = await peek<{ document_id: string; id: string }>(
		`select document_id, id from public.document_files where document_id = any($1::uuid[])`,
		[added.ids]
	);
	fileOf = {
		confirmed: rows.find((r) => r.document_id === PHOTO.confirmed)!.id,
		unconfirmed: rows.find((r) => r.document_id === PHOTO.unconfirmed)!.id
	};
});

describe('adding photos', () => {
	it('stores each as a photo document of the event, in order, with its renditions, credit and consent; unconfirmed ones for partners only', async () => {
		expect(
			await peek(
				`select d.title -> 'en' ->> 'text' as caption, d.kind, d.visibility, p.credit, p.consent, d.position,
				   (select array_agg(r.name order by r.name) from public.document_files f join public.document_file_renditions r on r.file_id = f.id where f.document_id = d.id) as renditions
				 from public.event_photos p join public.documents d on d.id = p.document_id where p.event_id = $1 order by d.position`,
				[EVENT]
			)
		).toEqual([
			{
				caption: `${PREFIX} crowd`,
				kind: 'photo',
				visibility: 'public',
				credit: 'A. Photographer',
				consent: 'given',
				position: 1,
				renditions: ['thumb', 'web']
			},
			{
				caption: `${PREFIX} hall`,
				kind: 'photo',
				visibility: 'partners',
				credit: 'A. Photographer',
				consent: 'unconfirmed',
				position: 2,
				renditions: ['thumb', 'web']
			}
		]);
	});

	it('refuses the whole submit when one image cannot be read, a file is not an image, or the adder is no editor of the event', async () => {
		const before = await photoCount();
		const corrupt = Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			randomBytes(2000)
		]);
		expect(
			await files.addEventPhotos(client('editor'), USER.editor, EVENT, [
				await upload('fine', 'given'),
				await upload('broken', 'given', corrupt)
			])
		).toEqual({
			ok: false,
			reason: 'image-unreadable',
			index: 1
		});
		const pdf = { ...(await upload('pdf', 'given')), contentType: 'application/pdf' as const };
		expect(await files.addEventPhotos(client('editor'), USER.editor, EVENT, [pdf])).toEqual({
			ok: false,
			reason: 'not-image',
			index: 0
		});
		for (const who of ['partner', 'outsider'] as const) {
			await expect(
				files.addEventPhotos(client(who), USER[who], EVENT, [await upload(`by-${who}`, 'given')])
			).rejects.toThrow();
		}
		expect(await photoCount()).toBe(before);
		// A document without renditions cannot join the gallery, even through the API directly.
		const bare = await as('editor').rpc('add_event_photos', {
			event: EVENT,
			author: USER.editor,
			photos: [
				{
					caption: caption('bare'),
					credit: '',
					consent: 'given',
					file_name: 'bare.png',
					content_type: 'image/png',
					content: '\\x89504e47',
					renditions: []
				}
			]
		});
		expect(bare.error?.code).toBe('22023');
		expect(await photoCount()).toBe(before);
	});
});

describe('who sees which photo', () => {
	const expected: Record<Who, string[]> = {
		anon: ['crowd'],
		outsider: ['crowd'],
		partner: ['crowd', 'hall'],
		editor: ['crowd', 'hall']
	};
	for (const who of ROLES) {
		it(`${who}: the gallery, its files and renditions`, async () => {
			const seen = (await photos.ofEvent(client(who), EVENT)).map((p) =>
				p.caption.en!.text.slice(PREFIX.length + 1)
			);
			expect(seen).toEqual(expected[who]);
			const sees = (name: 'crowd' | 'hall') => expected[who].includes(name);
			for (const [key, name] of [
				['confirmed', 'crowd'],
				['unconfirmed', 'hall']
			] as const) {
				const thumb = await bytesAs(
					who,
					`document_file_rendition_bytes?file=${fileOf[key]}&size=thumb`
				);
				if (sees(name)) expect((await sharp(thumb).metadata()).format).toBe('webp');
				else expect(thumb.length).toBe(0);
				expect((await bytesAs(who, `document_file_bytes?file=${fileOf[key]}`)).length > 0).toBe(
					sees(name)
				);
			}
		});
	}

	it("keeps gallery photos out of the event's other documents", async () => {
		expect((await documents.listOf(client('editor'), { event: EVENT })).map((d) => d.id)).toEqual(
			[]
		);
	});

	it('gives a report only confirmed photos, whoever reads it', async () => {
		for (const who of ROLES) {
			expect(
				(await photos.ofEvents(client(who), [EVENT], { confirmedOnly: true })).map((p) => p.id)
			).toEqual([PHOTO.confirmed]);
		}
	});
});

describe('changing and removing photos', () => {
	const rows = (answer: {
		data: unknown;
		error: { code: string } | null;
		status: number;
	}): Outcome => outcome(answer as Parameters<typeof outcome>[0]);

	it('lets only the editor change a photo; others change nothing', async () => {
		const results: Record<string, Outcome> = {};
		for (const who of ROLES) {
			results[who] = rows(
				await as(who)
					.from('event_photos')
					.update({ credit: `by ${who}` })
					.eq('document_id', PHOTO.confirmed)
					.select('document_id')
			);
		}
		expect(results).toEqual({ anon: DENIED, outsider: 0, partner: 0, editor: 1 });
		for (const who of ['partner', 'outsider'] as const) {
			expect(
				await photos.update(client(who), PHOTO.confirmed, {
					caption: caption('taken over'),
					credit: '',
					consent: 'given'
				})
			).toBe(false);
		}
		expect(
			await peek(`select credit from public.event_photos where document_id = $1`, [PHOTO.confirmed])
		).toEqual([{ credit: 'by editor' }]);
	});

	it('refuses making an unconfirmed photo public by its document', async () => {
		const answer = await as('editor')
			.from('documents')
			.update({ visibility: 'public' })
			.eq('id', PHOTO.unconfirmed)
			.select('id');
		expect(answer.error?.code).toBe(CHECK);
		expect(
			await peek(`select visibility from public.documents where id = $1`, [PHOTO.unconfirmed])
		).toEqual([{ visibility: 'partners' }]);
	});

	it('makes a photo public once its consent is confirmed, and partner-only again when it is not', async () => {
		const withLatvian = { ...caption('hall'), lv: { text: 'Zāle', status: 'reviewed' as const } };
		expect(
			await photos.update(client('editor'), PHOTO.unconfirmed, {
				caption: withLatvian,
				credit: 'B. Photographer',
				consent: 'nobody_recognisable'
			})
		).toBe(true);
		expect(
			(await photos.ofEvent(client('anon'), EVENT)).map((p) => [
				p.caption.lv?.text ?? null,
				p.credit
			])
		).toEqual([
			[null, 'by editor'],
			['Zāle', 'B. Photographer']
		]);
		expect(
			await photos.update(client('editor'), PHOTO.unconfirmed, {
				caption: withLatvian,
				credit: 'B. Photographer',
				consent: 'unconfirmed'
			})
		).toBe(true);
		expect((await photos.ofEvent(client('anon'), EVENT)).map((p) => p.id)).toEqual([
			PHOTO.confirmed
		]);
	});

	it('lets only the editor remove a photo, with its file and renditions', async () => {
		const results: Record<string, Outcome> = {};
		for (const who of ['anon', 'outsider', 'partner'] as const) {
			results[who] = rows(
				await as(who)
					.from('event_photos')
					.delete()
					.eq('document_id', PHOTO.unconfirmed)
					.select('document_id')
			);
		}
		expect(results).toEqual({ anon: DENIED, outsider: 0, partner: 0 });
		expect(await documents.remove(client('partner'), { event: EVENT }, PHOTO.unconfirmed)).toBe(
			false
		);
		expect(await documents.remove(client('editor'), { event: EVENT }, PHOTO.unconfirmed)).toBe(
			true
		);
		expect(
			await peek(`select count(*)::int as n from public.document_files where id = $1`, [
				fileOf.unconfirmed
			])
		).toEqual([{ n: 0 }]);
		expect(await photoCount()).toBe(1);
	});
});
