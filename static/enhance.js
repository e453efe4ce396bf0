// What a script adds to pages that work without one. Every page is complete as the server sends
// it; this file only adds what the server cannot know (the reader's time zone) or a browser feature
// (printing, and refusing a date it cannot read). Its words come from the page (#script-texts), so
// the file is the same in every language.
(() => {
	const texts = document.getElementById('script-texts')?.dataset ?? {};
	const lang = document.documentElement.lang;
	// English pages follow the conventions of English as written in Europe, as src/lib/intl.ts does.
	const formatLocale = lang === 'en' ? 'en-150' : lang;
	// Asked only on a page that needs it: the browser's first date formatter loads its locale data,
	// the longest task of a page without clocks.
	let browserZone;
	const readerZone = () => (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

	// A date or time the browser cannot read (30 February, a half-typed time) is sent as an empty
	// field, and the server would take it for "no date": the forms are `novalidate`, so that the
	// server's messages speak the reader's language. Stop such a form and say which field it is.
	document.addEventListener(
		'submit',
		(event) => {
			const fields = event.target.querySelectorAll(
				'input[type=date], input[type=datetime-local], input[type=time]'
			);
			const unreadable = [...fields].find((field) => field.validity.badInput);
			if (!unreadable) return;
			event.preventDefault();
			unreadable.setCustomValidity(unreadable.type === 'date' ? texts.date : texts.dateTime);
			unreadable.reportValidity();
			unreadable.addEventListener('input', () => unreadable.setCustomValidity(''), { once: true });
		},
		{ capture: true }
	);

	// Beside a time at the venue, the same moment on the reader's clock, when it reads otherwise
	// (the server adds it itself for readers whose account names their zone).
	// Each formatter is made once per zone, not once per time: making one costs far more than using it.
	const formats = new Map();
	const format = (locale, options) => {
		const key = `${locale} ${JSON.stringify(options)}`;
		if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(locale, options));
		return formats.get(key);
	};
	const dayIn = (instant, timeZone) =>
		format('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
			instant
		);
	const wallIn = (instant, timeZone) =>
		`${dayIn(instant, timeZone)} ${format('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)}`;
	for (const clock of document.querySelectorAll('.clock[data-venue-zone]')) {
		const datetime = clock.querySelector('time')?.dateTime;
		const instant = datetime ? new Date(datetime) : null;
		const venueZone = clock.dataset.venueZone;
		if (
			!instant ||
			readerZone() === venueZone ||
			wallIn(instant, venueZone) === wallIn(instant, readerZone())
		)
			continue;
		const time = format(formatLocale, { timeStyle: 'short', timeZone: readerZone() }).format(
			instant
		);
		const zone =
			format(formatLocale, { timeZone: readerZone(), timeZoneName: 'short' })
				.formatToParts(instant)
				.find((part) => part.type === 'timeZoneName')?.value ?? readerZone();
		const theirDay = dayIn(instant, readerZone());
		const shift =
			theirDay < clock.dataset.venueDay
				? ` ${texts.dayBefore}`
				: theirDay > clock.dataset.venueDay
					? ` ${texts.dayAfter}`
					: '';
		const theirs = document.createElement('span');
		theirs.className = 'theirs';
		const zoneLabel = document.createElement('span');
		zoneLabel.className = 'zone';
		zoneLabel.textContent = zone;
		theirs.append(`(${texts.yourTime}: ${time}${shift} `, zoneLabel, ')');
		clock.append(' ', theirs);
	}

	// A time zone not chosen yet: the browser's own, if the list has it, and a hint that says so.
	for (const select of document.querySelectorAll('select[data-browser-zone]')) {
		if (select.value || ![...select.options].some((option) => option.value === readerZone()))
			continue;
		select.value = readerZone();
		const hint = document.getElementById(select.dataset.browserZone);
		if (!hint) continue;
		hint.hidden = false;
		select.setAttribute(
			'aria-describedby',
			[select.getAttribute('aria-describedby'), hint.id].filter(Boolean).join(' ')
		);
	}

	for (const button of document.querySelectorAll('button[data-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
})();
