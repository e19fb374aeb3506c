package org.ketaminereference.render;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ketaminereference.figures.FigureRenderer;

/**
 * Hands out heading ids that are unique across everything that may share one page: the whole
 * article, the layout's own ids and the anchors of citations and references. Ids come from the
 * heading text, so they stay the same as long as the heading does.
 */
final class HeadingIds {

	/** Ids of citation markers, reference entries, figures and glossary terms; no heading id starts with these. */
	static final Set<String> RESERVED_PREFIXES = Set.of("cite-", "ref-", FigureRenderer.ID_PREFIX, "term-");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ID_CHARACTERS = Pattern.compile("[^a-z0-9]+");

	private static final int MAX_LENGTH = 64;

	private final Set<String> taken = new HashSet<>();

	HeadingIds(Set<String> reserved) {
		taken.addAll(reserved);
	}

	/**
	 * Claims an explicit id; false if something on the page already has it. That includes every
	 * id with a reserved prefix: {@code ref-<key>} and {@code cite-<n>} belong to the
	 * reference list and citation markers, which are added to the page later, and {@code fig-}
	 * ids to figures.
	 */
	boolean claimExplicit(String id) {
		return RESERVED_PREFIXES.stream().noneMatch(id::startsWith) && taken.add(id);
	}

	/** An id derived from {@code text}, made unique with a numeric suffix. */
	String claimFor(String text) {
		return claimUnique(slugify(text));
	}

	/**
	 * {@code base}, or {@code base} with a numeric suffix if something on the page already has it.
	 * Figures claim their ids here, with a prefix no heading id has.
	 */
	String claimUnique(String base) {
		String id = base;
		for (int n = 2; !taken.add(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	static String slugify(String text) {
		String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		String slug = NOT_ID_CHARACTERS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = slug.replaceAll("^-+|-+$", "");
		if (slug.isEmpty() || !Character.isLetter(slug.charAt(0))
				|| RESERVED_PREFIXES.stream().anyMatch(slug::startsWith)) {
			slug = "h-" + slug;
		}
		// Capped after the prefix, so that a prefixed id is no longer than any other.
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
		}
		return slug.replaceAll("-+$", "");
	}

}
