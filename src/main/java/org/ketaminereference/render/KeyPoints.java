package org.ketaminereference.render;

import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.MarkdownSource;

/**
 * The plain-language summary a body opens with: {@code ## Key points} and one bulleted list of 3 to
 * 6 cited points. On its own page the heading's id is {@value #ID}; the one-page article holds
 * every section, so there each section's is {@code key-points-<slug>} (like the crisis notice's
 * {@code crisis-title-<slug>}). The heading and the list stay in the body, so search, print and the
 * one-page article show them like any other part of it.
 */
public final class KeyPoints {

	public static final String HEADING = "Key points";

	public static final String ID = "key-points";

	/** The class of the heading and of its list, for the stylesheet and for finding them again. */
	public static final String CLASS = "key-points";

	static final int MIN_POINTS = 3;

	static final int MAX_POINTS = 6;

	private static final String FIELD = "key points";

	private KeyPoints() {
	}

	/** The id of a section's key points on the one-page article. */
	public static String idOnOnePage(String slug) {
		return ID + "-" + slug;
	}

	/** A section's body as the one-page article shows it: its key points take that page's id. */
	static void forOnePage(Element body, String slug) {
		Element heading = body.getElementById(ID);
		if (heading != null) {
			heading.id(idOnOnePage(slug));
			heading.select("a.permalink").attr("href", "#" + idOnOnePage(slug));
		}
	}

	/** A section's table of contents as the one-page article shows it. */
	public static List<TocEntry> forOnePage(List<TocEntry> toc, String slug) {
		return toc.stream()
			.map((entry) -> entry.href().equals("#" + ID)
					? new TocEntry("#" + idOnOnePage(slug), entry.text(), entry.children()) : entry)
			.toList();
	}

	/**
	 * Finds the key points at the start of {@code body}, checks their shape and marks them, before
	 * headings get their ids and citations their markers. Returns their heading, which then takes
	 * the id {@value #ID}; empty when the body has none.
	 * @param required whether a body without key points is a problem
	 */
	static Optional<Element> mark(Element body, MarkdownSource<?> source, boolean required,
			List<ContentProblem> problems) {
		Element first = body.firstElementChild();
		if (first == null || !isKeyPointsHeading(first)) {
			for (Element misplaced : body.select("h2, h3")) {
				if (isKeyPointsHeading(misplaced)) {
					problems.add(problem(source, misplaced, "'## Key points' must open the body, before anything else"));
				}
			}
			if (required) {
				problems.add(new ContentProblem(source.file(), source.bodyFirstLine(), FIELD,
						"the body must start with '## Key points' and a bulleted list of " + MIN_POINTS + " to "
								+ MAX_POINTS + " cited points"));
			}
			return Optional.empty();
		}
		Element list = first.nextElementSibling();
		if (list == null || !list.is("ul")) {
			problems.add(problem(source, first, "'## Key points' must be followed directly by a bulleted list ('- ' items)"));
			return Optional.of(first);
		}
		first.addClass(CLASS);
		list.addClass(CLASS);
		List<Element> points = list.children();
		if (points.size() < MIN_POINTS || points.size() > MAX_POINTS) {
			// flexmark gives a list no source position of its own; its first point has one.
			problems.add(problem(source, points.isEmpty() ? list : points.get(0),
					points.size() + " points; write " + MIN_POINTS + " to " + MAX_POINTS + " in one list"));
		}
		for (int i = 0; i < points.size(); i++) {
			Element point = points.get(i);
			if (!point.select("ul, ol").isEmpty()) {
				problems.add(problem(source, point, "point " + (i + 1) + " holds a list; key points are one flat list"));
			}
			if (!Citations.CITATION.matcher(point.text()).find()) {
				problems.add(problem(source, point, "point " + (i + 1) + " has no citation; end it with [@key]"));
			}
		}
		Element after = list.nextElementSibling();
		if (after != null && after.is("ul, ol")) {
			problems.add(problem(source, after.children().isEmpty() ? after : after.child(0), "a second list follows the key points; key points are one list"));
		}
		return Optional.of(first);
	}

	private static boolean isKeyPointsHeading(Element element) {
		return element.is("h2, h3") && element.text().strip().equalsIgnoreCase(HEADING);
	}

	private static ContentProblem problem(MarkdownSource<?> source, Element element, String message) {
		return new ContentProblem(source.file(), SourceRenderer.lineOf(element, source), FIELD, message);
	}

}
