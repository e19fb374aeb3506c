/*
 * The reader's theme: light, dark, or the system's (the default). This script is loaded in <head>
 * without defer, so the choice saved by an earlier page is on <html data-theme> before the first
 * paint, and no page flashes in the other theme; the stylesheet does the rest (color-scheme).
 * The switch in the header stays hidden until data-theme is set, so without this script there is
 * no switch that does nothing, and the system's theme applies.
 */
(() => {
	'use strict';

	const KEY = 'theme';
	const CHOICES = ['system', 'light', 'dark'];
	const root = document.documentElement;

	// Storage can be switched off or full; then every page follows the system.
	const saved = () => {
		try {
			return localStorage.getItem(KEY);
		}
		catch {
			return null;
		}
	};

	root.dataset.theme = CHOICES.includes(saved()) ? saved() : 'system';

	document.addEventListener('DOMContentLoaded', () => {
		const choice = document.getElementById('theme-choice');
		if (choice === null) {
			return;
		}
		choice.value = root.dataset.theme;
		choice.addEventListener('change', () => {
			root.dataset.theme = choice.value;
			try {
				localStorage.setItem(KEY, choice.value);
			}
			catch {
				// Not remembered, but this page still changes.
			}
		});
	});
})();

/*
 * Previews of citations and glossary terms. Hovering over, focusing or tapping a citation marker
 * or a marked term shows the full reference, or the definition, next to it, so the reader keeps
 * their place in the text; Escape, moving away or tapping elsewhere closes it.
 *
 * Only an enhancement: each marker and term is a plain link, to the page's reference list or to
 * the glossary, and works without this script or without the stylesheet. What a preview shows is
 * cloned from the page itself (the reference list entry, or the definition the page carries
 * hidden for the term's link), never built from strings. The script sets no inline style: the
 * stylesheet places the preview where the link is, and the script only adds a class when the
 * preview would leave the window.
 *
 * The preview is a tooltip (role="tooltip"): a citation marker is described by it while it is
 * open; a term is always described by its hidden definition. Links inside a preview can be
 * clicked or tapped but are kept out of the tab order, so tabbing through a paragraph is not
 * slowed down by them: keyboard users follow the marker itself to reach the full entry.
 */
(() => {
	'use strict';

	const TRIGGERS = 'sup.citation a[role="doc-noteref"], a.term';
	// A pause before a hover opens a preview, so that passing over a marker does not.
	const SHOW_DELAY_MS = 150;
	// A pause before leaving closes it, so that the pointer can move onto the preview.
	const HIDE_DELAY_MS = 300;
	// Room kept between the preview and the edge of the window.
	const MARGIN_PX = 8;

	const preview = document.createElement('span');
	preview.id = 'reader-preview';
	preview.className = 'preview';
	preview.setAttribute('role', 'tooltip');
	// A tooltip is not a tab stop. Chromium makes a scrolling box focusable by itself, and a long
	// preview scrolls on a phone: focus would land in it, close it, and be lost at the page's end.
	preview.tabIndex = -1;
	preview.hidden = true;

	// Whether previews can be shown, known at the first one: asking for the computed style while
	// the page loads would make the browser lay out the whole page again before it is shown.
	let usable = null;
	const ready = () => {
		if (usable === null) {
			document.body.append(preview);
			// Without the stylesheet the preview would appear inside the text: leave the plain links.
			usable = getComputedStyle(preview).position !== 'static';
			if (!usable) {
				preview.remove();
			}
		}
		return usable;
	};

	let current = null;
	let timer = 0;
	let pointerType = '';
	let wasOpenOnPointerDown = false;

	const triggerOf = (node) => (node instanceof Element ? node.closest(TRIGGERS) : null);
	const isCitation = (link) => !link.classList.contains('term');
	const withinPreview = (node) => node instanceof Node && (preview.contains(node) || (current !== null && current.contains(node)));

	/** The element whose content the preview shows: the reference entry, or the term's definition. */
	const sourceOf = (link) => {
		if (isCitation(link)) {
			const href = link.getAttribute('href') || '';
			return href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
		}
		return document.getElementById(link.getAttribute('aria-describedby') || '');
	};

	const fill = (source) => {
		preview.replaceChildren();
		for (const node of source.childNodes) {
			// The entry's back-links lead to markers; in a preview next to the marker they lead nowhere.
			if (!(node instanceof Element && node.classList.contains('backlinks'))) {
				preview.append(node.cloneNode(true));
			}
		}
		preview.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
		preview.querySelectorAll('a[href]').forEach((link) => link.setAttribute('tabindex', '-1'));
	};

	/** Keeps the preview inside the window: to the left of the link, or above its line, if need be. */
	const place = (link) => {
		preview.classList.remove('preview-start-left', 'preview-above');
		const box = preview.getBoundingClientRect();
		if (box.right > document.documentElement.clientWidth - MARGIN_PX && box.width < box.left) {
			preview.classList.add('preview-start-left');
		}
		if (box.bottom > window.innerHeight - MARGIN_PX && link.getBoundingClientRect().top > box.height + MARGIN_PX) {
			preview.classList.add('preview-above');
		}
	};

	const hide = () => {
		clearTimeout(timer);
		if (current === null) {
			return;
		}
		if (current.getAttribute('aria-describedby') === preview.id) {
			current.removeAttribute('aria-describedby');
		}
		preview.hidden = true;
		document.body.append(preview);
		current = null;
	};

	const show = (link) => {
		clearTimeout(timer);
		if (current === link) {
			return;
		}
		const source = sourceOf(link);
		if (source === null || !ready()) {
			return;
		}
		hide();
		// The preview says what the expansion of an abbreviation would; two tooltips would overlap.
		link.querySelectorAll('abbr[title]').forEach((abbr) => abbr.removeAttribute('title'));
		fill(source);
		// After the marker's <sup>, so that the preview does not take the marker's small raised type.
		(link.closest('sup') || link).after(preview);
		preview.hidden = false;
		current = link;
		if (isCitation(link)) {
			link.setAttribute('aria-describedby', preview.id);
		}
		place(link);
	};

	const later = (action, delay) => {
		clearTimeout(timer);
		timer = setTimeout(action, delay);
	};

	document.addEventListener('pointerover', (event) => {
		if (event.pointerType !== 'mouse') {
			return;
		}
		const link = triggerOf(event.target);
		if (withinPreview(event.target)) {
			clearTimeout(timer);
		}
		else if (link !== null) {
			later(() => show(link), SHOW_DELAY_MS);
		}
	});

	document.addEventListener('pointerout', (event) => {
		if (event.pointerType !== 'mouse' || withinPreview(event.relatedTarget)) {
			return;
		}
		if (withinPreview(event.target)) {
			later(hide, HIDE_DELAY_MS);
		}
		else if (triggerOf(event.target) !== null) {
			// Left a link before its preview opened.
			clearTimeout(timer);
		}
	});

	document.addEventListener('focusin', (event) => {
		const link = triggerOf(event.target);
		if (link !== null) {
			show(link);
		}
	});

	document.addEventListener('focusout', (event) => {
		if (current !== null && !withinPreview(event.relatedTarget)) {
			hide();
		}
	});

	document.addEventListener('pointerdown', (event) => {
		pointerType = event.pointerType;
		const link = triggerOf(event.target);
		wasOpenOnPointerDown = link !== null && link === current;
		if (current !== null && !withinPreview(event.target)) {
			hide();
		}
	});

	// A touch screen has no hover: the first tap on a link opens its preview, a second follows it.
	// A click from the keyboard (Enter) has no pointer and always follows the link.
	document.addEventListener('click', (event) => {
		const tapped = event.detail > 0 && (pointerType === 'touch' || pointerType === 'pen');
		pointerType = '';
		const link = triggerOf(event.target);
		if (link !== null && tapped && !wasOpenOnPointerDown) {
			event.preventDefault();
			show(link);
		}
	});

	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && current !== null) {
			// Focus goes back to the link first, while its preview still counts as open.
			if (preview.contains(document.activeElement)) {
				current.focus();
			}
			hide();
		}
	});

	window.addEventListener('resize', hide);
})();

/*
 * Where am I: the contents list marks the entry of the heading being read (aria-current =
 * "location"): the last heading above a line a third of the way down the window. On a wide
 * screen the list is sticky (site.css); a long list is scrolled so that the marked entry stays
 * in it. Only an enhancement: without this script the list is plain links. The mark changes
 * colour and underline only, so nothing moves.
 */
(() => {
	'use strict';

	document.addEventListener('DOMContentLoaded', () => {
		const links = [...document.querySelectorAll('.toc-list a[href^="#"]')];
		const headings = [...new Set(links.map((link) => document.getElementById(link.getAttribute('href').slice(1))))]
			.filter((heading) => heading !== null);
		const sticky = document.querySelector('.toc-wide');
		if (headings.length === 0 || !('IntersectionObserver' in window)) {
			return;
		}
		let current;

		/** Scrolls the sticky list itself, never the page, when the marked entry is out of its view. */
		const keepInView = (entry) => {
			if (sticky === null || sticky.scrollHeight <= sticky.clientHeight) {
				return;
			}
			const box = entry.getBoundingClientRect();
			const list = sticky.getBoundingClientRect();
			if (box.top < list.top || box.bottom > list.bottom) {
				sticky.scrollTop += box.top - list.top - list.height / 2;
			}
		};

		const mark = () => {
			const line = window.innerHeight / 3;
			let reading = null;
			for (const heading of headings) {
				if (heading.getBoundingClientRect().top > line) {
					break;
				}
				reading = heading;
			}
			if (reading === current) {
				return;
			}
			current = reading;
			for (const link of links) {
				if (reading !== null && link.getAttribute('href') === '#' + reading.id) {
					link.setAttribute('aria-current', 'location');
					if (sticky !== null && sticky.contains(link)) {
						keepInView(link);
					}
				}
				else {
					link.removeAttribute('aria-current');
				}
			}
		};

		// The observed area is everything above the line (the top margin reaches far above the window),
		// so a heading enters or leaves it exactly when it crosses the line, even on a jump to an
		// anchor; the observer calls mark then, and once at the start.
		const observer = new IntersectionObserver(mark, { rootMargin: '10000% 0px -67% 0px' });
		headings.forEach((heading) => observer.observe(heading));
	});
})();

/*
 * Margin notes: on a wide screen, the references that a paragraph, list item, table or figure
 * cites are shown beside it in the empty margin (authors, year, title, evidence label), each a
 * link to its entry in the page's reference list, as in Tufte's books. They are built from that
 * list (each entry's data-by, <cite> title and .evidence label) and shown by the stylesheet only from
 * 87.5rem, beside the text of a page with a contents list; narrower screens keep the previews.
 * Evidence tables get none: each row already names its study, year and evidence label.
 *
 * Presentation only: the markers and the reference list already say all of it, so the notes are
 * hidden from screen readers and their links kept out of the tab order; reading order is
 * unchanged. Each group is inserted just before its block (inside a list item, as its first
 * child), where the stylesheet floats it into the margin.
 */
(() => {
	'use strict';

	/**
	 * The block a marker's notes go beside: its list item or paragraph; a figure or a table as a
	 * whole, with its scrolling region, since a float inside that region could not clear the others.
	 */
	const blockOf = (marker) => (marker.closest('figure, table') === null && marker.closest('li, p'))
		|| marker.closest('.prose > *');

	const noteFor = (href) => {
		const entry = document.getElementById(href.slice(1));
		if (entry === null || !entry.dataset.by) {
			return null;
		}
		const note = document.createElement('a');
		note.href = href;
		note.tabIndex = -1;
		const by = document.createElement('b');
		by.textContent = entry.dataset.by;
		note.append(by, ' ');
		const label = entry.querySelector('.evidence');
		if (label !== null) {
			note.append(label.cloneNode(true));
		}
		// On a line of its own, which the stylesheet may cut short: the entry has it in full.
		const title = document.createElement('span');
		title.textContent = entry.querySelector('cite')?.textContent || '';
		note.append(title);
		return note;
	};

	document.addEventListener('DOMContentLoaded', () => {
		const cited = new Map();
		// An evidence table's rows already name each study, its year and its evidence label.
		for (const marker of document.querySelectorAll('.with-toc .prose sup.citation:not(.evidence-table *) a[role="doc-noteref"]')) {
			const block = blockOf(marker);
			cited.set(block, (cited.get(block) || new Set()).add(marker.getAttribute('href')));
		}
		cited.forEach((hrefs, block) => {
			const group = document.createElement('div');
			group.className = 'margin-notes';
			group.setAttribute('aria-hidden', 'true');
			group.append(...[...hrefs].map(noteFor).filter((note) => note !== null));
			if (block.tagName === 'LI') {
				block.prepend(group);
			}
			else {
				block.before(group);
			}
		});
	});
})();
