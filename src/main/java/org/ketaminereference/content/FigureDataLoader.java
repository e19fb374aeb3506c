package org.ketaminereference.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the optional data file of each kind of figure and checks it against the bibliography, and
 * checks the figure placeholders in the Markdown against the kinds and their data. Knows no kind
 * by name: each {@link FigureSource} says what its file holds. Problems are reported like all
 * content problems, with file and line.
 */
final class FigureDataLoader {

	private final List<FigureSource<?>> kinds;

	private final YamlBinder binder;

	/** What to write, for messages: every kind's placeholder. */
	private final String syntax;

	FigureDataLoader(List<FigureSource<?>> kinds, YamlBinder binder) {
		this.kinds = List.copyOf(kinds);
		this.binder = binder;
		this.syntax = kinds.stream().map(FigureSource::syntax).collect(Collectors.joining(", "));
	}

	/**
	 * Reads whichever figure files exist.
	 * @param knownKeys the id of every bibliography entry, valid or not
	 * @param references the valid bibliography entries
	 */
	FigureData load(ContentFiles files, Set<String> knownKeys, List<Reference> references) {
		Map<String, Reference> byId = references.stream()
			.collect(Collectors.toMap(Reference::id, Function.identity(), (a, b) -> a));
		Map<FigureSource<?>, Map<String, ?>> figures = new LinkedHashMap<>();
		for (FigureSource<?> kind : kinds) {
			figures.put(kind, kind.read(files, binder, knownKeys, byId));
		}
		return new FigureData(figures);
	}

	/** Checks that every placeholder in a Markdown file is well formed and has its data. */
	void checkPlaceholders(MarkdownSource<?> source, FigureData data, Problems problems) {
		String[] lines = source.markdown().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].contains(FigurePlaceholder.OPENING)) {
				continue;
			}
			int line = source.bodyFirstLine() + i;
			boolean ownParagraph = lines[i].startsWith(FigurePlaceholder.OPENING) && (i == 0 || lines[i - 1].isBlank())
					&& (i == lines.length - 1 || lines[i + 1].isBlank());
			Optional<String> problem = ownParagraph ? problemWith(lines[i], data)
					: Optional.of("a figure placeholder must be a paragraph of its own: one line, with blank lines around it");
			problem.ifPresent((message) -> problems.add(source.file(), line, "figure", message));
		}
	}

	private Optional<String> problemWith(String text, FigureData data) {
		Optional<FigurePlaceholder> placeholder = FigurePlaceholder.match(text);
		if (placeholder.isEmpty()) {
			return Optional.of("a figure placeholder looks like one of " + syntax);
		}
		return kinds.stream()
			.filter((kind) -> kind.name().equals(placeholder.get().kind()))
			.findFirst()
			.map((kind) -> data.problemWith(kind, placeholder.get()))
			.orElseGet(() -> Optional.of("unknown figure '" + placeholder.get().kind() + "'; the figures are " + syntax));
	}

}
