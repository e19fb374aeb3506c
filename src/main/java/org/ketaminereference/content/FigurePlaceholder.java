package org.ketaminereference.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one definition of how authors place a figure: a paragraph of its own holding only
 * {@code {{timeline}}}, {@code {{mechanisms-diagram}}} or {@code {{evidence-table: name}}}. The
 * loader checks every placeholder; the renderer replaces each with its figure.
 *
 * @param kind which figure
 * @param argument the table's name for an evidence table; {@code null} for the others
 */
public record FigurePlaceholder(Kind kind, String argument) {

	/** What starts a placeholder; any occurrence that is not a valid one is a mistake. */
	public static final String OPENING = "{{";

	private static final Pattern WHOLE = Pattern.compile("\\{\\{\\s*([a-z][a-z-]*)\\s*(?::\\s*(\\S+?)\\s*)?\\}\\}");

	/** What to write, for messages. */
	static final String SYNTAX = Arrays.stream(Kind.values())
		.map((kind) -> "{{" + kind.name + (kind.takesArgument ? ": name" : "") + "}}")
		.collect(Collectors.joining(", "));

	/**
	 * Reads text that should be exactly one placeholder, such as a paragraph's text.
	 * @throws IllegalArgumentException with a message for the author when it is not a valid one
	 */
	public static FigurePlaceholder parse(String text) {
		Matcher matcher = WHOLE.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("a figure placeholder looks like one of " + SYNTAX);
		}
		Kind kind = Kind.named(matcher.group(1))
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown figure '" + matcher.group(1) + "'; the figures are " + SYNTAX));
		String argument = matcher.group(2);
		if (kind.takesArgument != (argument != null)) {
			throw new IllegalArgumentException(kind.takesArgument ? "write {{" + kind.name + ": name}}"
					: "{{" + kind.name + "}} takes no name after a colon");
		}
		return new FigurePlaceholder(kind, argument);
	}

	/**
	 * The placeholder a paragraph holds, if it holds one. The loader has rejected invalid ones, so
	 * text that starts like a placeholder is one.
	 */
	public static Optional<FigurePlaceholder> ofParagraph(String text) {
		return text.strip().startsWith(OPENING) ? Optional.of(parse(text)) : Optional.empty();
	}

	/** The figures there are. */
	public enum Kind {

		TIMELINE("timeline", false), MECHANISMS_DIAGRAM("mechanisms-diagram", false),
		EVIDENCE_TABLE("evidence-table", true);

		private final String name;

		private final boolean takesArgument;

		Kind(String name, boolean takesArgument) {
			this.name = name;
			this.takesArgument = takesArgument;
		}

		static Optional<Kind> named(String name) {
			return Arrays.stream(values()).filter((kind) -> kind.name.equals(name)).findFirst();
		}

	}

}
