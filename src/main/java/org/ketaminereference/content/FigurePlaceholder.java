package org.ketaminereference.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of how authors place a figure: a paragraph of its own holding only
 * {@code {{kind}}}, or {@code {{kind: name}}} for a kind whose data file holds several figures by
 * name, such as {@code {{evidence-table: mental-health}}}. The loader checks every placeholder
 * against the kinds there are ({@link FigureSource}); the renderer replaces each with its figure.
 *
 * @param kind the kind's name, as {@link FigureSource#name()}
 * @param argument the figure's name in its data file; {@code null} for a kind whose file holds one
 */
public record FigurePlaceholder(String kind, String argument) {

	/** What starts a placeholder; any occurrence that is not a valid one is a mistake. */
	public static final String OPENING = "{{";

	private static final Pattern WHOLE = Pattern.compile("\\{\\{\\s*([a-z][a-z-]*)\\s*(?::\\s*(\\S+?)\\s*)?\\}\\}");

	/** Reads text that should be exactly one placeholder, such as a paragraph's text; empty when it is not one. */
	static Optional<FigurePlaceholder> match(String text) {
		Matcher matcher = WHOLE.matcher(text.strip());
		return matcher.matches() ? Optional.of(new FigurePlaceholder(matcher.group(1), matcher.group(2)))
				: Optional.empty();
	}

	/**
	 * The placeholder a paragraph holds, if it holds one. The loader has rejected invalid ones, so
	 * text that starts like a placeholder is one.
	 */
	public static Optional<FigurePlaceholder> ofParagraph(String text) {
		if (!text.strip().startsWith(OPENING)) {
			return Optional.empty();
		}
		return Optional.of(match(text).orElseThrow(() -> new IllegalArgumentException("not a figure placeholder: " + text)));
	}

}
