// The invitation e-mail, in the language the inviter chose for it.
import { dateTimeFormat } from '#lib/intl.ts';
import { m } from '#lib/paraglide/messages.js';
import { isLocale, type Locale } from '#lib/paraglide/runtime.js';
import { pickTranslation, type TranslatedText } from '#lib/translations.ts';
import { composeMail } from './mail.ts';
import { absoluteLink, sendMail } from './mailer.ts';
import { roleName } from '#lib/role-names.ts';

export async function sendInvitation(options: {
	to: string;
	token: string;
	locale: string;
	inviter: string;
	organisation: string;
	organisationRole: 'admin' | 'member';
	project: { acronym: string | null; title: TranslatedText } | null;
	projectRole: 'coordinator' | 'partner_editor' | 'viewer' | null;
	expiresAt: Date;
}): Promise<void> {
	const locale: Locale = isLocale(options.locale) ? options.locale : 'en';
	const project = options.project
		? [options.project.acronym, pickTranslation(options.project.title, locale)?.text]
				.filter(Boolean)
				.join(': ')
		: null;
	const expires = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
		options.expiresAt
	);
	const paragraphs = [
		m.invitation_mail_hello({}, { locale }),
		project && options.projectRole
			? m.invitation_mail_project(
					{
						inviter: options.inviter,
						project,
						role: roleName(options.projectRole, locale),
						organisation: options.organisation
					},
					{ locale }
				)
			: m.invitation_mail_organisation(
					{
						inviter: options.inviter,
						organisation: options.organisation,
						role: roleName(options.organisationRole, locale)
					},
					{ locale }
				),
		m.invitation_mail_expiry({ date: expires }, { locale }),
		m.invitation_mail_ignore({}, { locale })
	];
	await sendMail(
		composeMail({
			to: options.to,
			lang: locale,
			subject: m.invitation_mail_subject({ organisation: options.organisation }, { locale }),
			paragraphs,
			action: {
				label: m.invitation_mail_action({}, { locale }),
				url: absoluteLink(`/${locale}/invitations/${options.token}`)
			}
		})
	);
}
