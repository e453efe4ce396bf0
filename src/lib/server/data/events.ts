// Events of joint projects: what the public and the partnership read (row level security decides
// which), the agenda, delegations and registrations, and the writes of their editors.
import type { Supabase } from '../supabase.ts';
import type { TranslatedText } from '#lib/translations.ts';
import { CHECK_VIOLATION, UNIQUE_VIOLATION, unwrap } from './unwrap.ts';
import type { NamedOrganisation } from '#lib/organisation-names.ts';
import { everyRow } from './every-row.ts';
import { type Refusal, refusalOf } from './refusals.ts';

export const EVENT_KINDS = [
	'kick_off',
	'partner_meeting',
	'conference',
	'workshop',
	'study_visit',
	'online_meeting',
	'final_conference'
] as const;
export const EVENT_STATUSES = ['planned', 'confirmed', 'held', 'cancelled'] as const;
export const SESSION_KINDS = [
	'session',
	'plenary',
	'workshop',
	'visit',
	'break',
	'meal',
	'social',
	'travel'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type SessionKind = (typeof SESSION_KINDS)[number];
export type TimePrecision = 'minute' | 'day' | 'month';

export type EventSummary = {
	id: string;
	slug: string;
	kind: EventKind;
	title: TranslatedText;
	venue_city: string | null;
	venue_country: string | null;
	time_zone: string;
	/** Wall-clock time at the venue, `YYYY-MM-DDTHH:mm:ss` as PostgREST sends it. */
	starts_local: string;
	ends_local: string;
	time_precision: TimePrecision;
	visibility: 'public' | 'partners';
	status: EventStatus;
	updated_at: string;
	projects: Array<{ project: { slug: string; acronym: string | null; title: TranslatedText } }>;
};

const SUMMARY_COLUMNS =
	'id, slug, kind, title, venue_city, venue_country, time_zone, starts_local, ends_local, time_precision, visibility, status, updated_at, projects:project_events(project:projects!inner(slug, acronym, title))';

/** The first day on which an event that ends then is still coming up, in every zone: yesterday. */
function notOverFrom(): string {
	// A day's margin: "not over" holds in every zone until the venue's last day has ended everywhere.
	return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

/** The events the reader may see: all, an organisation's (hosted or of its projects) or a project's. */
function eventsOf(
	supabase: Supabase,
	columns: string,
	of: { organisation?: string | null; projectId?: string }
) {
	if (of.organisation)
		return supabase
			.rpc('events_of_organisation', { organisation: of.organisation })
			.select(columns);
	if (of.projectId)
		return supabase
			.from('events')
			.select(`${columns}, listed:project_events!inner(project_id)`)
			.eq('listed.project_id', of.projectId);
	return supabase.from('events').select(columns);
}

/** Events the reader may see, in time order; only those not yet over when `upcoming`. */
export async function list(
	supabase: Supabase,
	options: {
		upcoming?: boolean;
		projectId?: string;
		organisation?: string;
		limit?: number;
		publicOnly?: boolean;
	} = {}
): Promise<EventSummary[]> {
	const query = () => {
		let query = eventsOf(supabase, SUMMARY_COLUMNS, options);
		if (options.upcoming) query = query.gte('ends_local', notOverFrom());
		if (options.publicOnly) query = query.eq('visibility', 'public');
		return query.order('starts_local', { ascending: !!options.upcoming }).order('slug');
	};
	if (options.limit) return unwrap(await query().limit(options.limit)) as unknown as EventSummary[];
	// Without a limit the list must be whole (a project's series, its funder report), past 1,000 rows.
	return everyRow((from, to) => query().range(from, to));
}

export const TIMELINE_PAGE_SIZE = 20;

/** Where a page of events starts or ends: an event's start and, for events starting together, its address. */
export type EventKey = { starts: string; slug: string };

/** `2026-05-04T09:00:00,riga-meeting` as a key, or null. */
export function parseKey(value: string | null): EventKey | null {
	const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}),([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(
		value ?? ''
	);
	return match && !Number.isNaN(Date.parse(`${match[1]}Z`))
		? { starts: match[1], slug: match[2] }
		: null;
}

export const keyOf = (event: Pick<EventSummary, 'starts_local' | 'slug'>): string =>
	`${event.starts_local.slice(0, 19)},${event.slug}`;

export type TimelinePage = {
	events: EventSummary[];
	/** Keys of the neighbouring pages, earlier and later in time; null where there is none. */
	earlier: string | null;
	later: string | null;
};

/**
 * One page of the events coming up (soonest first) or of those past (latest first), onwards in
 * time from a key (`after`) or back from it (`before`): the database reads one page along its
 * index however deep it is, where an offset would read every page before it.
 */
export async function timeline(
	supabase: Supabase,
	options: {
		section: 'upcoming' | 'past';
		before?: EventKey | null;
		after?: EventKey | null;
		organisation?: string | null;
	},
	size = TIMELINE_PAGE_SIZE
): Promise<TimelinePage> {
	const upcoming = options.section === 'upcoming';
	const key = options.after ?? options.before ?? null;
	// Without a key a page starts today: the upcoming onwards, the past back.
	const forwards = options.after ? true : options.before ? false : upcoming;
	let query = eventsOf(supabase, SUMMARY_COLUMNS, options);
	query = upcoming ? query.gte('ends_local', notOverFrom()) : query.lt('ends_local', notOverFrom());
	if (key) {
		const op = forwards ? 'gt' : 'lt';
		query = query.or(
			`starts_local.${op}."${key.starts}",and(starts_local.eq."${key.starts}",slug.${op}.${key.slug})`
		);
	}
	const rows = unwrap(
		await query
			.order('starts_local', { ascending: forwards })
			.order('slug', { ascending: forwards })
			.limit(size + 1)
	) as unknown as EventSummary[];
	const page = rows.slice(0, size);
	// Read on in one direction while there is more; back the other way, there is at least the key's event.
	const further = rows.length > size;
	const [hasLater, hasEarlier] = forwards ? [further, key !== null] : [key !== null, further];
	const inTime = forwards ? page : [...page].reverse();
	return {
		// Shown in the section's own order: the upcoming soonest first, the past latest first.
		events: upcoming ? inTime : [...inTime].reverse(),
		earlier: hasEarlier && inTime.length ? keyOf(inTime[0]) : null,
		later: hasLater && inTime.length ? keyOf(inTime.at(-1)!) : null
	};
}

/** What a calendar needs of an event: of its agenda only the times (a day's entry runs from its first session to its last). */
export type CalendarEvent = Pick<
	EventSummary,
	| 'id'
	| 'slug'
	| 'title'
	| 'venue_city'
	| 'venue_country'
	| 'time_zone'
	| 'starts_local'
	| 'ends_local'
	| 'time_precision'
	| 'status'
	| 'updated_at'
> &
	Pick<EventPage, 'description' | 'venue_name' | 'venue_address' | 'version'> & {
		sessions: Array<Pick<Session, 'starts_local' | 'ends_local'>>;
	};

const CALENDAR_COLUMNS =
	'id, slug, title, venue_city, venue_country, time_zone, starts_local, ends_local, time_precision, visibility, status, updated_at, description, venue_name, venue_address, version, ' +
	'sessions:event_sessions(starts_local, ends_local)';

/** The longest an event may last (the table's check events_at_most_31_days). */
const MAX_EVENT_DAYS = 31;

/** How far back a project's or an organisation's feed reaches: the events that ended in the last 90 days, and all later ones. */
export const CALENDAR_DAYS_BACK = 90;
/** At most this many events in a project's or an organisation's feed, the soonest first. */
export const CALENDAR_CAP = 500;
/**
 * The whole network's feed: the events of the last week and the next ones, at most this many.
 * A network of thousands of projects holds a few events a day; a subscriber follows what is
 * coming, and a project's or an organisation's own feed for the rest.
 */
export const NETWORK_CALENDAR = { daysBack: 7, cap: 60 };

/** Public events with what a calendar needs (their agenda's times included), in time order, bounded. */
export async function forCalendar(
	supabase: Supabase,
	of: { projectId?: string; organisation?: string; daysBack?: number; cap?: number } = {}
): Promise<CalendarEvent[]> {
	const from = Date.now() - (of.daysBack ?? CALENDAR_DAYS_BACK) * 86_400_000;
	const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	const query = eventsOf(supabase, CALENDAR_COLUMNS, of)
		.eq('visibility', 'public')
		.neq('time_precision', 'month')
		.gte('ends_local', day(from))
		// Said again of the start (an event lasts at most 31 days: events_at_most_31_days), so that the
		// database reads the index on the start from there, not every event ever held before it.
		.gte('starts_local', day(from - MAX_EVENT_DAYS * 86_400_000))
		.order('starts_local', { referencedTable: 'event_sessions' })
		.order('starts_local')
		.order('slug')
		.limit(of.cap ?? CALENDAR_CAP);
	return unwrap(await query) as unknown as CalendarEvent[];
}

export type Session = {
	id: string;
	starts_local: string;
	ends_local: string;
	title: TranslatedText;
	description: TranslatedText | null;
	place: string | null;
	speakers: string | null;
	kind: SessionKind;
	position: number;
	version: number;
};

export type EventPage = Omit<EventSummary, 'projects'> & {
	description: TranslatedText | null;
	venue_name: string | null;
	venue_address: string | null;
	version: number;
	/** The last day partners register, on the venue's calendar (`YYYY-MM-DD`); editors still may after it. */
	registration_deadline: string | null;
	host: (NamedOrganisation & { id: string; slug: string; country: string }) | null;
	sessions: Session[];
	projects: Array<{
		project: {
			id: string;
			slug: string;
			acronym: string | null;
			title: TranslatedText;
			is_published: boolean;
		};
	}>;
	/** What the reader may do with it, as the database decides (public.event_permissions). */
	permissions: EventPermissions;
};

/**
 * What the reader may do with an event (supabase/migrations/20261214200000_event_permissions.sql):
 * read it; edit it (its agenda, places, attendance, lists, certificates, photos, documents); see its
 * delegations; register people for these organisations.
 */
export type EventPermissions = {
	read: boolean;
	edit: boolean;
	delegations: boolean;
	register_for: string[];
};

/** The event at `slug` with what the reader may do with it, in one request; null when they may not read it. */
export async function getPage(supabase: Supabase, slug: string): Promise<EventPage | null> {
	const event = unwrap(
		await supabase
			.from('events')
			.select(
				'id, slug, kind, title, description, venue_name, venue_address, venue_city, venue_country, time_zone, starts_local, ends_local, time_precision, visibility, status, version, registration_deadline, updated_at, ' +
					'host:organisations!events_host_organisation_id_fkey(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country), ' +
					'sessions:event_sessions(id, starts_local, ends_local, title, description, place, speakers, kind, position, version), ' +
					'projects:project_events(project:projects!inner(id, slug, acronym, title, is_published)), ' +
					'permissions:event_permissions'
			)
			.eq('slug', slug)
			.maybeSingle()
	) as unknown as EventPage | null;
	event?.sessions.sort(
		(a, b) => a.starts_local.localeCompare(b.starts_local) || a.position - b.position
	);
	return event;
}

/** Whether everyone may read the event: public, and listed in a published project (as private.public_events says). */
export function isPublic(event: Pick<EventPage, 'visibility' | 'projects'>): boolean {
	return (
		event.visibility === 'public' && event.projects.some(({ project }) => project.is_published)
	);
}

export type EventCard = Pick<
	EventSummary,
	| 'slug'
	| 'title'
	| 'starts_local'
	| 'ends_local'
	| 'time_precision'
	| 'venue_city'
	| 'venue_country'
>;

/** What an event's sharing card shows; null when there is none the reader may see. */
export async function getCard(supabase: Supabase, slug: string): Promise<EventCard | null> {
	return unwrap(
		await supabase
			.from('events')
			.select('slug, title, starts_local, ends_local, time_precision, venue_city, venue_country')
			.eq('slug', slug)
			.maybeSingle()
	) as EventCard | null;
}

/** The online link: the partnership's only (row level security answers null to anyone else). */
export async function onlineLink(supabase: Supabase, eventId: string): Promise<string | null> {
	const row = unwrap(
		await supabase.from('event_links').select('online_url').eq('event_id', eventId).maybeSingle()
	);
	return (row?.online_url as string | undefined) ?? null;
}

/** People per country: what the public sees of who comes. */
/** People per country; `attended` once the host has recorded who came, the registered before. */
export type CountryCount = { country: string; participants: number; attended: boolean };

export async function attendance(supabase: Supabase, eventId: string): Promise<CountryCount[]> {
	return unwrap(await supabase.rpc('event_attendance', { event: eventId })) as CountryCount[];
}

// Writing ---------------------------------------------------------------------------------------

export type NewEvent = {
	projectId: string;
	slug: string;
	kind: EventKind;
	title: TranslatedText;
	hostOrganisationId: string | null;
	timeZone: string;
	startsLocal: string;
	endsLocal: string;
};

export async function create(supabase: Supabase, event: NewEvent): Promise<'slug_taken' | null> {
	const answer = await supabase.rpc('create_event', {
		project: event.projectId,
		slug: event.slug,
		kind: event.kind,
		title: event.title,
		host_organisation: event.hostOrganisationId,
		time_zone: event.timeZone,
		starts_local: event.startsLocal,
		ends_local: event.endsLocal
	});
	if (answer.error?.code === UNIQUE_VIOLATION) return 'slug_taken';
	unwrap(answer);
	return null;
}

export type EventDetails = {
	kind: EventKind;
	title: TranslatedText;
	description: TranslatedText | null;
	host_organisation_id: string | null;
	venue_name: string | null;
	venue_address: string | null;
	venue_city: string | null;
	venue_country: string | null;
	time_zone: string;
	starts_local: string;
	ends_local: string;
	time_precision: TimePrecision;
	visibility: 'public' | 'partners';
	status: EventStatus;
	registration_deadline: string | null;
};

/**
 * Saves the details and the online link together, on top of the version the editor opened:
 * 'conflict' when someone saved in between, 'sessions_outside' when the new days or zone would
 * leave sessions outside the days or at times that do not exist there, 'not_over' when it would be
 * held before it has ended at its venue.
 */
export async function update(
	supabase: Supabase,
	id: string,
	version: number,
	details: EventDetails,
	onlineUrl: string | null
): Promise<
	| 'conflict'
	| 'deadline_after_end'
	| Extract<Refusal, 'event_not_over' | 'sessions_outside_event' | 'sessions_ambiguous_in_zone'>
	| null
> {
	const answer = await supabase.rpc('save_event', {
		event: id,
		seen_version: version,
		details,
		online_url: onlineUrl
	});
	const refusal = refusalOf(answer.error, [
		'event_not_over',
		'sessions_outside_event',
		'sessions_ambiguous_in_zone'
	]);
	if (refusal) return refusal;
	if (
		answer.error?.code === CHECK_VIOLATION &&
		answer.error.message.includes('events_registration_deadline_before_end')
	)
		return 'deadline_after_end';
	return unwrap(answer) ? null : 'conflict';
}

/** Lists the event in another project too (one event, no copies). */
export async function listInProject(
	supabase: Supabase,
	projectId: string,
	eventId: string
): Promise<void> {
	const answer = await supabase
		.from('project_events')
		.insert({ project_id: projectId, event_id: eventId });
	if (answer.error?.code !== UNIQUE_VIOLATION) unwrap(answer);
}

export type SessionFields = Pick<
	Session,
	'starts_local' | 'ends_local' | 'title' | 'description' | 'place' | 'speakers' | 'kind'
>;

/** The database's own refusals of a session time. */
type SessionRefusal = Extract<Refusal, 'session_outside_event' | 'ambiguous_time'>;

const sessionRefusal = (error: { hint?: string | null } | null): SessionRefusal | null =>
	refusalOf(error, ['session_outside_event', 'ambiguous_time']);

export async function addSession(
	supabase: Supabase,
	eventId: string,
	session: SessionFields & { position: number }
): Promise<SessionRefusal | null> {
	const answer = await supabase.from('event_sessions').insert({ event_id: eventId, ...session });
	const refusal = sessionRefusal(answer.error);
	if (!refusal) unwrap(answer);
	return refusal;
}

export async function updateSession(
	supabase: Supabase,
	eventId: string,
	id: string,
	version: number,
	session: SessionFields
): Promise<SessionRefusal | 'conflict' | null> {
	const answer = await supabase
		.from('event_sessions')
		.update({ ...session, version: version + 1 })
		.eq('event_id', eventId)
		.eq('id', id)
		.eq('version', version)
		.select('id');
	const refusal = sessionRefusal(answer.error);
	if (refusal) return refusal;
	return unwrap(answer).length ? null : 'conflict';
}

export async function removeSession(
	supabase: Supabase,
	eventId: string,
	id: string
): Promise<void> {
	unwrap(await supabase.from('event_sessions').delete().eq('event_id', eventId).eq('id', id));
}

/** Swaps two sessions' places in the agenda (each keeps its length); a refusal says why. */
export async function swapSessions(
	supabase: Supabase,
	first: string,
	second: string
): Promise<SessionRefusal | 'gone' | null> {
	const answer = await supabase.rpc('swap_sessions', { first, second });
	// Removed by someone else a moment before: nothing to swap.
	if (answer.error?.code === 'PT404') return 'gone';
	const refusal = sessionRefusal(answer.error);
	if (!refusal) unwrap(answer);
	return refusal;
}

// Delegations -----------------------------------------------------------------------------------

export type Delegation = {
	organisation_id: string;
	places: number;
	reported_participants: number | null;
	organisation: NamedOrganisation & {
		id: string;
		slug: string;
		country: string;
		city: string | null;
	};
};

export async function delegations(supabase: Supabase, eventId: string): Promise<Delegation[]> {
	// Every organisation taking part, however many: the delegation list and its CSV must be whole.
	return everyRow((from, to) =>
		supabase
			.from('event_delegations')
			.select(
				'organisation_id, places, reported_participants, organisation:organisations!inner(id, slug, name, name_lang, names:organisation_name_translations(locale, name), country, city)'
			)
			.eq('event_id', eventId)
			.order('organisation_id')
			.range(from, to)
	);
}

/**
 * Lowers an organisation's places, but only if everyone who would move to the waiting list (its
 * last registered people beyond the new number, as the database's trigger moves them) is among
 * `confirmed`: the people the host was shown. Otherwise nothing changes and the answer is who
 * would move, first registered first, for the host to see (again). An empty answer: saved;
 * 'gone': no such delegation any more.
 */
export async function lowerPlaces(
	supabase: Supabase,
	eventId: string,
	organisationId: string,
	places: number,
	confirmed: string[]
): Promise<Array<{ id: string; full_name: string }> | 'gone'> {
	const answer = await supabase.rpc('lower_places', {
		event: eventId,
		organisation: organisationId,
		places,
		confirmed
	});
	// The delegation was removed meanwhile (or is not the reader's to change).
	if (answer.error?.code === 'PT404') return 'gone';
	const rows = unwrap(answer) as Array<{ registration_id: string; full_name: string }>;
	return rows.map((row) => ({ id: row.registration_id, full_name: row.full_name }));
}

/** Gives an organisation its places: changes them, or adds the delegation the first time. */
export async function setPlaces(
	supabase: Supabase,
	eventId: string,
	organisationId: string,
	places: number
): Promise<void> {
	const change = async () =>
		unwrap(
			await supabase
				.from('event_delegations')
				.update({ places })
				.eq('event_id', eventId)
				.eq('organisation_id', organisationId)
				.select('places')
		).length > 0;
	if (await change()) return;
	const added = await supabase
		.from('event_delegations')
		.insert({ event_id: eventId, organisation_id: organisationId, places });
	// Someone added it a moment before: change theirs.
	if (added.error?.code === UNIQUE_VIOLATION) await change();
	else unwrap(added);
}

export type Registration = {
	id: string;
	organisation_id: string;
	full_name: string;
	job_title: string | null;
	email: string | null;
	arrival: string | null;
	departure: string | null;
	dietary_needs: string | null;
	access_needs: string | null;
	status: 'registered' | 'waitlisted' | 'cancelled';
	created_at: string;
	/** Set when the person's account was deleted: the place stays, nothing names them. */
	erased_at: string | null;
};

/** The registrations the reader may see: all for the event's editors, their own organisation's otherwise. */
export async function registrations(supabase: Supabase, eventId: string): Promise<Registration[]> {
	// A large conference passes the 1,000 rows one answer holds; the delegation list must be whole.
	return everyRow((from, to) =>
		supabase
			.from('event_registrations')
			.select(
				'id, organisation_id, full_name, job_title, email, arrival, departure, dietary_needs, access_needs, status, created_at, erased_at'
			)
			.eq('event_id', eventId)
			.neq('status', 'cancelled')
			.order('created_at')
			.order('id')
			.range(from, to)
	);
}

export type NewRegistration = Pick<
	Registration,
	'full_name' | 'job_title' | 'email' | 'arrival' | 'departure' | 'dietary_needs' | 'access_needs'
>;

/**
 * Registers a person: 'registered' within the places, 'waitlisted' beyond, 'duplicate' if already
 * there; 'no_delegation' when the organisation has no places at the event at all.
 */
export async function register(
	supabase: Supabase,
	eventId: string,
	organisationId: string,
	person: NewRegistration
): Promise<
	| 'registered'
	| 'waitlisted'
	| 'duplicate'
	| Extract<Refusal, 'no_delegation' | 'registration_closed' | 'registration_deadline_passed'>
> {
	const answer = await supabase.rpc('register_participant', {
		event: eventId,
		organisation: organisationId,
		...person
	});
	if (answer.error?.code === UNIQUE_VIOLATION) return 'duplicate';
	const refusal = refusalOf(answer.error, [
		'registration_deadline_passed',
		'registration_closed',
		'no_delegation'
	]);
	if (refusal) return refusal;
	const status = unwrap(answer) as string;
	if (status === 'registered' || status === 'waitlisted') return status;
	// A form sent again answers with the registration it made the first time (idempotency.ts).
	const made = unwrap(
		await supabase.from('event_registrations').select('status').eq('id', status).single()
	);
	return made.status === 'waitlisted' ? 'waitlisted' : 'registered';
}

/** Records in the audit log that the reader downloaded the delegation list (editors only). */
export async function recordExport(supabase: Supabase, eventId: string): Promise<void> {
	unwrap(await supabase.rpc('record_delegation_export', { event: eventId }));
}

/** Cancels a registration; the first waiting takes the place. */
export async function cancelRegistration(supabase: Supabase, id: string): Promise<void> {
	unwrap(await supabase.rpc('cancel_registration', { registration: id }));
}

/** Why the database refused a door list or a walk-in (its hints), or that the reader is not the host. */
export type AttendanceRefusal =
	Extract<Refusal, 'not_registered' | 'day_outside_event' | 'session_outside_event'> | 'not_host';

function attendanceRefusal(
	error: { code?: string; hint?: string | null } | null
): AttendanceRefusal | null {
	if (error?.code === '42501') return 'not_host';
	if (error?.code !== 'PT409') return null;
	return refusalOf(error, ['not_registered', 'day_outside_event', 'session_outside_event']);
}

export type WalkIn = {
	id: string;
	walk_in_name: string;
	walk_in_organisation: string | null;
	walk_in_country: string | null;
};

/**
 * One door list of an event: a day (who came that day) or, where the host wants, one session of it
 * (who came to that session, on the session's day). The two are kept apart.
 */
export type DoorList = { day: string; session: string | null };

/** Who came, on one door list: the registrations ticked, and the walk-ins. */
export async function attendanceOn(
	supabase: Supabase,
	eventId: string,
	list: DoorList
): Promise<{ came: string[]; walkIns: WalkIn[] }> {
	// A large conference's day passes the 1,000 rows one answer holds: the door list must be whole.
	const rows = await everyRow<
		Omit<WalkIn, 'walk_in_name'> & { registration_id: string | null; walk_in_name: string | null }
	>((from, to) => {
		const query = supabase
			.from('event_day_attendance')
			.select('id, registration_id, walk_in_name, walk_in_organisation, walk_in_country')
			.eq('event_id', eventId)
			.eq('day', list.day);
		return (list.session ? query.eq('session_id', list.session) : query.is('session_id', null))
			.order('recorded_at')
			.order('id')
			.range(from, to);
	});
	return {
		came: rows.flatMap((row) => (row.registration_id ? [row.registration_id] : [])),
		walkIns: rows.filter((row): row is typeof row & WalkIn => row.walk_in_name !== null)
	};
}

/** Saves a door list in one step: the registered people who came are exactly `came`. */
export async function recordAttendance(
	supabase: Supabase,
	eventId: string,
	list: DoorList,
	came: string[]
): Promise<AttendanceRefusal | null> {
	const answer = list.session
		? await supabase.rpc('record_session_attendance', {
				event: eventId,
				session: list.session,
				came
			})
		: await supabase.rpc('record_attendance', { event: eventId, day: list.day, came });
	const refusal = attendanceRefusal(answer.error);
	if (refusal) return refusal;
	unwrap(answer);
	return null;
}

export async function addWalkIn(
	supabase: Supabase,
	eventId: string,
	list: DoorList,
	person: Omit<WalkIn, 'id'>
): Promise<AttendanceRefusal | 'duplicate' | null> {
	const answer = await supabase
		.from('event_day_attendance')
		.insert({ event_id: eventId, day: list.day, session_id: list.session, ...person });
	if (answer.error?.code === UNIQUE_VIOLATION) return 'duplicate';
	const refusal = attendanceRefusal(answer.error);
	if (refusal) return refusal;
	unwrap(answer);
	return null;
}

/** Removes a walk-in (a mistake, or at the person's request): only the event's editors can. */
export async function removeWalkIn(supabase: Supabase, eventId: string, id: string): Promise<void> {
	unwrap(
		await supabase
			.from('event_day_attendance')
			.delete()
			.eq('event_id', eventId)
			.eq('id', id)
			.not('walk_in_name', 'is', null)
	);
}

export type AttendanceRecord = {
	day: string;
	/** The session of a session's door list; null for the day's. */
	session_id: string | null;
	registration: {
		id: string;
		full_name: string;
		organisation_id: string;
		erased_at: string | null;
	} | null;
	walk_in_name: string | null;
	walk_in_organisation: string | null;
	walk_in_country: string | null;
};

/** Who came on which day or to which session (row level security: all of it for the event's editors), in day order. */
export async function attendanceRecords(
	supabase: Supabase,
	eventId: string
): Promise<AttendanceRecord[]> {
	return everyRow((from, to) =>
		supabase
			.from('event_day_attendance')
			.select(
				'day, session_id, walk_in_name, walk_in_organisation, walk_in_country, registration:event_registrations(id, full_name, organisation_id, erased_at)'
			)
			.eq('event_id', eventId)
			.order('day')
			.order('id')
			.range(from, to)
	);
}

/** The account language of each registered person who attended, where an account has their address (editors only). */
export async function attendeeLocales(
	supabase: Supabase,
	eventId: string
): Promise<Map<string, string>> {
	const rows = unwrap(await supabase.rpc('attendee_locales', { event: eventId })) as Array<{
		registration_id: string;
		locale: string;
	}>;
	return new Map(rows.map((r) => [r.registration_id, r.locale]));
}
