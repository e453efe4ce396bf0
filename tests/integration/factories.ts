// The rows a test file needs, one call each, instead of an insert statement written by hand.
//
// `factories(PREFIX)` gives functions that fill what a table requires (a slug under the file's
// prefix, an address under its e-mail domain `${PREFIX}.example`, a name) and take any other
// column as it is. Each returns the new row's id at once, so that a file can name its rows in
// constants as before. The rows themselves go in, in the order made, when `insert(db)` runs:
// useFixtures does that in the transaction that sets the file up, before the file's remaining
// SQL. The slugs and addresses are the ones each file's clean-up already deletes by.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { TiltsDatabase } from '../../src/lib/server/database.ts';
import type { TranslatedText } from '../../src/lib/translations.ts';

type Tables = TiltsDatabase['public']['Tables'];
type Insert<Table extends keyof Tables> = Tables[Table]['Insert'];
/** What a factory takes: every column may be left out, a text per language may be plain English. */
type Given<Table extends keyof Tables, Texts extends string = never> = Partial<
	Omit<Insert<Table>, Texts>
> & {
	[Column in Texts]?: string | TranslatedText;
};

/** An English original, as a jsonb column holding a text per language stores it. */
function english(text: string): TranslatedText {
	return { en: { text, status: 'original' } };
}

const translated = (value: string | TranslatedText) =>
	typeof value === 'string' ? english(value) : value;

export type Rows = { insert(db: pg.Client): Promise<void> };

export function factories(prefix: string) {
	const rows: Array<{ table: keyof Tables; row: Record<string, unknown> }> = [];
	let made = 0;
	const next = (what: string) => `${prefix}-${what}-${++made}`;

	function add<Table extends keyof Tables>(table: Table, row: Insert<Table>): void {
		rows.push({ table, row });
	}

	function withId<
		Table extends
			| 'users'
			| 'organisations'
			| 'projects'
			| 'events'
			| 'practices'
			| 'collections'
			| 'event_sessions'
			| 'event_registrations'
	>(table: Table, row: Insert<Table>): string {
		const id = row.id ?? randomUUID();
		add(table, { ...row, id });
		return id;
	}

	/** `person` belongs to `organisation`, as a member unless `role` says admin. */
	function membership(
		organisation: string,
		person: string,
		role?: Insert<'organisation_members'>['role']
	): void {
		add('organisation_members', {
			organisation_id: organisation,
			user_id: person,
			...(role && { role })
		});
	}

	return {
		/** An account (no password: tests act with minted tokens), a member or admin of one organisation if given. */
		person(given: Given<'users'> & { memberOf?: string; adminOf?: string } = {}): string {
			const { memberOf, adminOf, ...columns } = given;
			const name = next('person');
			const id = withId('users', {
				email: `${name}@${prefix}.example`,
				display_name: `${name} (test)`,
				...columns
			});
			if (memberOf) membership(memberOf, id);
			if (adminOf) membership(adminOf, id, 'admin');
			return id;
		},

		organisation(given: Given<'organisations'> = {}): string {
			const slug = next('organisation');
			return withId('organisations', {
				slug,
				name: `${slug} (test)`,
				kind: 'ngo',
				country: 'LV',
				...given
			});
		},

		membership,

		project(given: Given<'projects', 'title'> = {}): string {
			const { title, ...rest } = given;
			const slug = next('project');
			return withId('projects', { slug, ...rest, title: translated(title ?? `${slug} (test)`) });
		},

		/** `organisation` takes part in `project`, as a partner unless `role` says otherwise. */
		partner(
			project: string,
			organisation: string,
			role?: Insert<'project_partners'>['role']
		): void {
			add('project_partners', {
				project_id: project,
				organisation_id: organisation,
				...(role && { role })
			});
		},

		/** `person` acts in `project` for `organisation` (which must be one of its partners). */
		projectMember(
			project: string,
			person: string,
			organisation: string,
			role: Insert<'project_members'>['role']
		): void {
			add('project_members', {
				project_id: project,
				user_id: person,
				organisation_id: organisation,
				role
			});
		},

		/** A partner meeting in Riga unless told otherwise; listed in each of `projects`. */
		event(
			given: Given<'events', 'title' | 'description'> & { projects?: readonly string[] } = {}
		): string {
			const { title, description, projects = [], ...rest } = given;
			const slug = next('event');
			const id = withId('events', {
				slug,
				kind: 'partner_meeting',
				time_zone: 'Europe/Riga',
				starts_local: '2031-05-14 09:00',
				ends_local: '2031-05-15 17:00',
				...rest,
				title: translated(title ?? `${slug} (test)`),
				...(description !== undefined && { description: translated(description) })
			});
			for (const project of projects) add('project_events', { project_id: project, event_id: id });
			return id;
		},

		/** A session of `event`'s agenda, `starts_local` to `ends_local` at the venue. */
		session(
			event: string,
			given: Given<'event_sessions', 'title' | 'description'> &
				Pick<Insert<'event_sessions'>, 'starts_local' | 'ends_local'>
		): string {
			const { title, description, ...rest } = given;
			return withId('event_sessions', {
				event_id: event,
				...rest,
				title: translated(title ?? `${next('session')} (test)`),
				...(description !== undefined && { description: translated(description) })
			});
		},

		/** `places` at `event` for `organisation`. */
		delegation(
			event: string,
			organisation: string,
			places: number,
			given: Given<'event_delegations'> = {}
		): void {
			add('event_delegations', {
				event_id: event,
				organisation_id: organisation,
				places,
				...given
			});
		},

		/** A person registered (unless `status` says otherwise) for `event` by `organisation`. */
		registration(
			event: string,
			organisation: string,
			given: Given<'event_registrations'> = {}
		): string {
			return withId('event_registrations', {
				event_id: event,
				organisation_id: organisation,
				full_name: `${next('participant')} (test)`,
				status: 'registered',
				...given
			});
		},

		practice(organisation: string, given: Given<'practices'> = {}): string {
			return withId('practices', {
				slug: next('practice'),
				organisation_id: organisation,
				country: 'LV',
				...given
			});
		},

		/** A list of practices, of a project or of an organisation (`project_id` or `organisation_id`). */
		collection(given: Given<'collections', 'title'> = {}): string {
			const { title, ...rest } = given;
			const slug = next('collection');
			return withId('collections', { slug, ...rest, title: translated(title ?? `${slug} (test)`) });
		},

		/** Inserts the rows made so far, in order, on `db` (the caller holds the transaction). */
		async insert(db: pg.Client): Promise<void> {
			for (const { table, row } of rows) {
				// node-postgres sends objects (a text per language) as JSON and arrays as SQL arrays.
				const columns = Object.keys(row);
				const values = columns.map((_, i) => `$${i + 1}`);
				await db.query(
					`insert into public.${table} (${columns.join(', ')}) values (${values.join(', ')})`,
					Object.values(row)
				);
			}
		}
	};
}
