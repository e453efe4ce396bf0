// Checks every load and action that needs a signed-in person makes, before it touches data
// (row level security checks again underneath). What a person may do with a record is the
// database's answer (its permissions function), read with the record: the guards only ask it.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { href } from '#lib/i18n.ts';
import * as collections from '../data/collections.ts';
import type { Collection, CollectionPermissions } from '../data/collections.ts';
import * as events from '../data/events.ts';
import type { EventPage, EventPermissions } from '../data/events.ts';
import * as organisations from '../data/organisations.ts';
import type { OrganisationPage, OrganisationPermissions } from '../data/organisations.ts';
import * as projects from '../data/projects.ts';
import type { ProjectPage, ProjectPermissions, ProjectSummary } from '../data/projects.ts';
import * as transfers from '../data/transfers.ts';
import type { Transfer, TransferPermissions } from '../data/transfers.ts';
import type { Supabase } from '../supabase.ts';
import type { SessionUser } from './sessions.ts';

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	if (!event.locals.user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `${href('/sign-in')}?next=${encodeURIComponent(next)}`);
	}
	return event.locals.user;
}

export function requirePlatformAdmin(event: Pick<RequestEvent, 'locals' | 'url'>): SessionUser {
	const user = requireUser(event);
	if (!user.is_platform_admin) error(403, { message: m.error_forbidden() });
	return user;
}

type SlugRequest = Pick<RequestEvent<{ slug: string }>, 'locals' | 'url' | 'params'>;
type Options = {
	/** The page is for people who sign in: the signed-out are sent to do so first. */
	signedIn?: boolean;
};

/**
 * The record the route's slug names, read with what the person may do with it (its permissions,
 * as the database decides them, in the same request): 404 when it is not theirs to read.
 */
async function recordOf<Found>(
	event: SlugRequest,
	read: (supabase: Supabase, slug: string) => Promise<Found | null>,
	options: Options
): Promise<Found> {
	if (options.signedIn) requireUser(event);
	const found = await read(event.locals.supabase, event.params.slug);
	if (!found) error(404, { message: m.error_not_found() });
	return found;
}

/** The record, when its permissions allow `right`; anyone else is refused (403). */
function allowed<Right extends string, Found extends { permissions: Record<Right, unknown> }>(
	found: Found,
	right: Right
): Found {
	if (!found.permissions[right]) error(403, { message: m.error_forbidden() });
	return found;
}

/** The event at the route's slug, with what the person may do with it (events.getPage). */
export function eventOf(event: SlugRequest, options: Options = {}): Promise<EventPage> {
	return recordOf(event, events.getPage, options);
}

/** What a route does with an event: edit it (or what only its editors do), or work with its delegations. */
export type EventRight = keyof Pick<EventPermissions, 'edit' | 'delegations'>;

/** The event, for a signed-in person who may do `right` with it. */
export async function requireEvent(event: SlugRequest, right: EventRight): Promise<EventPage> {
	return allowed(await eventOf(event, { signedIn: true }), right);
}

/** The collection at the route's slug, with what the person may do with it (collections.getPage). */
export function collectionOf(event: SlugRequest, options: Options = {}): Promise<Collection> {
	return recordOf(event, collections.getPage, options);
}

/** The collection, for a signed-in person who may do `right` with it: curate it. */
export async function requireCollection(
	event: SlugRequest,
	right: keyof CollectionPermissions
): Promise<Collection> {
	return allowed(await collectionOf(event, { signedIn: true }), right);
}

/** What a route does with a project: edit it, keep its documents, see its people, invite people. */
export type ProjectRight = keyof Omit<ProjectPermissions, 'read'>;

/** The project at the route's slug, with all its page shows and what the person may do with it (projects.getPage). */
export function projectOf(event: SlugRequest, options: Options = {}): Promise<ProjectPage> {
	return recordOf(event, projects.getPage, options);
}

/** The project, for a signed-in person who may do `right` with it. */
export async function requireProject(
	event: SlugRequest,
	right: ProjectRight
): Promise<ProjectPage> {
	return allowed(await projectOf(event, { signedIn: true }), right);
}

type ProjectWithPermissions = ProjectSummary & { permissions: ProjectPermissions };

/** The project's summary alone, with what the person may do with it (projects.getSummary). */
export function projectSummaryOf(
	event: SlugRequest,
	options: Options = {}
): Promise<ProjectWithPermissions> {
	return recordOf(event, projects.getSummary, options);
}

/** The project's summary, for a signed-in person who may do `right` with it. */
export async function requireProjectSummary(
	event: SlugRequest,
	right: ProjectRight
): Promise<ProjectWithPermissions> {
	return allowed(await projectSummaryOf(event, { signedIn: true }), right);
}

/** The organisation at the route's slug, with what the person may do with it (organisations.getPage). */
export function organisationOf(
	event: SlugRequest,
	options: Options = {}
): Promise<OrganisationPage> {
	return recordOf(event, organisations.getPage, options);
}

/** The organisation, for a signed-in person who may do `right` with it. */
export async function requireOrganisation(
	event: SlugRequest,
	right: keyof OrganisationPermissions
): Promise<OrganisationPage> {
	return allowed(await organisationOf(event, { signedIn: true }), right);
}

type TransferRequest = Pick<
	RequestEvent<{ slug: string; id: string }>,
	'locals' | 'url' | 'params'
>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The transfer the route names (a practice's slug and the transfer's id), with what the person may
 * do with it (transfers.get): 404 when it is not theirs to read. `withRecorders`: with who recorded
 * each stage.
 */
export async function transferOf(
	event: TransferRequest,
	options: Options & { withRecorders?: boolean } = {}
): Promise<Transfer> {
	if (options.signedIn) requireUser(event);
	const { slug, id } = event.params;
	const found = UUID.test(id)
		? await transfers.get(event.locals.supabase, slug, id, {
				withRecorders: options.withRecorders ?? false
			})
		: null;
	if (!found) error(404, { message: m.error_not_found() });
	return found;
}

/** The transfer, for a signed-in person who may do `right` with it. */
export async function requireTransfer(
	event: TransferRequest,
	right: keyof TransferPermissions
): Promise<Transfer> {
	return allowed(await transferOf(event, { signedIn: true }), right);
}
