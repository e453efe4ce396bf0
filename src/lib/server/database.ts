// The database's types as the portal's clients use them: the generated ones (database.types.ts,
// `npm run db:types`), with what the generator cannot know said here, once.
import type { Delivery } from '#lib/notification-kinds.ts';
import type { TranslatedText } from '#lib/translations.ts';
import type { Database } from './database.types.ts';

type Public = Database['public'];

/**
 * A PostgreSQL function takes null for any argument unless it is `strict` (none of ours is), but
 * the generated types cannot tell a nullable argument from another: each argument may be null
 * here, and the function decides what null means.
 */
type NullableArgs<Fn> = Fn extends { Args: infer Args }
	? Omit<Fn, 'Args'> & { Args: { [Name in keyof Args]: Args[Name] | null } }
	: Fn;

/** A text per language ({ lv: { text, status }, … }) in a jsonb column. */
type Translated = TranslatedText;

/**
 * Columns whose values are narrower than their SQL type says: jsonb holding a text per language,
 * text that a check constraint keeps to a few values. By table.
 */
type ColumnTypes = {
	collections: { title: Translated; introduction: Translated };
	documents: { title: Translated };
	event_sessions: { title: Translated; description: Translated };
	events: { title: Translated; description: Translated };
	notification_kinds: { default_delivery: Delivery };
	notification_preferences: { delivery: Delivery };
	organisation_proposals: { description: Translated };
	organisations: { description: Translated };
	press_items: { title: Translated; body: Translated };
	project_budgets: { notes: Translated };
	project_indicators: { evidence: Translated; notes: Translated };
	project_results: { statement: Translated };
	projects: {
		title: Translated;
		summary: Translated;
		objectives: Translated;
		activities: Translated;
		target_groups: Translated;
		outcomes: Translated;
		strand: Translated;
		contact_role: Translated;
	};
};

/** Columns a trigger fills on insert (here: the end of the collection), by table. */
type FilledOnInsert = {
	collection_items: 'position';
};

/** A row, insert or update shape with the narrower column types (null and absence kept where allowed). */
type Narrowed<Shape, Types> = {
	[Column in keyof Shape]: Column extends keyof Types
		? Types[Column] | Extract<Shape[Column], null | undefined>
		: Shape[Column];
};

/** An insert shape whose `Columns` may be left out. */
type Optional<Shape, Columns> = Omit<Shape, Columns & keyof Shape> &
	Partial<Pick<Shape, Columns & keyof Shape>>;

type Table<Name extends keyof Public['Tables']> = Public['Tables'][Name];
type Types<Name> = Name extends keyof ColumnTypes ? ColumnTypes[Name] : object;
type Filled<Name> = Name extends keyof FilledOnInsert ? FilledOnInsert[Name] : never;

type Tables = {
	[Name in keyof Public['Tables']]: Omit<Table<Name>, 'Row' | 'Insert' | 'Update'> & {
		Row: Narrowed<Table<Name>['Row'], Types<Name>>;
		Insert: Optional<Narrowed<Table<Name>['Insert'], Types<Name>>, Filled<Name>>;
		Update: Narrowed<Table<Name>['Update'], Types<Name>>;
	};
};

export type TiltsDatabase = Omit<Database, 'public'> & {
	public: Omit<Public, 'Tables' | 'Functions'> & {
		Tables: Tables;
		Functions: { [Name in keyof Public['Functions']]: NullableArgs<Public['Functions'][Name]> };
	};
};
