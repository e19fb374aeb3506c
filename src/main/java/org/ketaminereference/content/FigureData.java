package org.ketaminereference.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data behind the figures, read from each kind's optional data file. Every citation key in it
 * is known and every placeholder in the Markdown has its data.
 *
 * @param figures by kind, each kind's figures by name (a kind whose file holds one figure has one
 * entry); a kind whose file is absent has none
 */
public record FigureData(Map<FigureSource<?>, Map<String, ?>> figures) {

	public FigureData {
		Map<FigureSource<?>, Map<String, ?>> copy = new LinkedHashMap<>();
		figures.forEach((kind, byName) -> copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(byName))));
		figures = Collections.unmodifiableMap(copy);
	}

	/** The figure a placeholder of this kind asks for. */
	public <T> Optional<T> find(FigureSource<T> kind, String argument) {
		return Optional.ofNullable(figures.getOrDefault(kind, Map.of()).get(kind.key(argument))).map(kind::cast);
	}

	/** The figure of a kind whose file holds one; empty without its data file. */
	public <T> Optional<T> only(FigureSource<T> kind) {
		return find(kind, null);
	}

	/** The figures of a kind whose file holds several, by name; empty without its data file. */
	public <T> Map<String, T> named(FigureSource<T> kind) {
		Map<String, T> named = new LinkedHashMap<>();
		figures.getOrDefault(kind, Map.of()).forEach((name, figure) -> named.put(name, kind.cast(figure)));
		return named;
	}

	/** What is wrong with a placeholder of this kind, if anything (see {@link FigureSource#problemWith}). */
	Optional<String> problemWith(FigureSource<?> kind, FigurePlaceholder placeholder) {
		return kind.problemWith(placeholder, figures.getOrDefault(kind, Map.of()));
	}

}
