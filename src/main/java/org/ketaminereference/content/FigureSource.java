package org.ketaminereference.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of figure as the content sees it: the name authors write in its placeholder, the data
 * file behind it, the record that file is bound to, and the checks the record's annotations cannot
 * make. Each kind's record declares its source ({@link Timeline#FIGURE}, say); the figures package
 * pairs each source with its renderer and lists the kinds, and hands their sources to the
 * {@link ContentLoader}, which sits below it and cannot look them up.
 *
 * <p>A data file holds one figure ({@code timeline.yaml}, placed by {@code {{timeline}}}) or
 * several by name ({@code evidence-tables.yaml}, placed by {@code {{evidence-table: name}}}).
 *
 * @param <T> the record of one figure
 */
public final class FigureSource<T> {

	/** The key of the figure of a kind whose file holds one. */
	private static final String ONLY = "";

	private final String name;

	private final String noun;

	private final String dataFile;

	private final Class<T> type;

	private final boolean named;

	private final DataFile.Check<T> checks;

	private FigureSource(String name, String noun, String dataFile, Class<T> type, boolean named,
			DataFile.Check<T> checks) {
		this.name = name;
		this.noun = noun;
		this.dataFile = dataFile;
		this.type = type;
		this.named = named;
		this.checks = checks;
	}

	/**
	 * A kind whose data file holds one figure.
	 * @param name what authors write in the placeholder
	 * @param noun what authors call it, for messages
	 */
	static <T> FigureSource<T> single(String name, String noun, String dataFile, Class<T> type,
			DataFile.Check<T> checks) {
		return new FigureSource<>(name, noun, dataFile, type, false, checks);
	}

	/** A kind whose data file holds several figures, each under its name. */
	static <T> FigureSource<T> named(String name, String noun, String dataFile, Class<T> type,
			DataFile.Check<T> checks) {
		return new FigureSource<>(name, noun, dataFile, type, true, checks);
	}

	/** What authors write in the placeholder, such as {@code timeline}. */
	public String name() {
		return name;
	}

	/** The data file, in the content directory. */
	public String dataFile() {
		return dataFile;
	}

	/** The placeholder as authors write it, for messages: {@code {{timeline}}}, {@code {{evidence-table: name}}}. */
	String syntax() {
		return FigurePlaceholder.OPENING + name + (named ? ": name" : "") + "}}";
	}

	/** A placeholder's key into {@link #read}'s figures. */
	String key(String argument) {
		return named ? argument : ONLY;
	}

	/**
	 * The figures of the data file by name (for a file of one figure, under one key); empty when
	 * the file is absent. A figure with problems is left out, and its problems reported.
	 */
	Map<String, T> read(ContentFiles files, YamlBinder binder, Set<String> knownKeys,
			Map<String, Reference> references) {
		String notFields = named ? "must be " + noun + "s by name, each name followed by the " + noun + "'s fields"
				: "must be fields like 'title: ...'";
		Optional<DataFile> file = DataFile.open(files, dataFile, notFields, knownKeys, references);
		if (file.isEmpty()) {
			return Map.of();
		}
		Map<String, T> figures = new LinkedHashMap<>();
		if (!named) {
			file.get().bind(binder, file.get().fields(), type, checks).ifPresent((figure) -> figures.put(ONLY, figure));
			return figures;
		}
		for (Map.Entry<?, ?> entry : file.get().fields().entrySet()) {
			String figureName = String.valueOf(entry.getKey());
			if (!figureName.matches(Slugs.PATTERN)) {
				file.get().problem(figureName, "the " + noun + " name " + Slugs.MESSAGE);
				continue;
			}
			file.get().part(figureName)
				.bind(binder, entry.getValue(), type, checks)
				.ifPresent((figure) -> figures.put(figureName, figure));
		}
		return figures;
	}

	/**
	 * What is wrong with a placeholder of this kind, given the figures read, if anything: a name
	 * where none is taken or none where one is needed, or no data for it.
	 */
	Optional<String> problemWith(FigurePlaceholder placeholder, Map<String, ?> figures) {
		if (named != (placeholder.argument() != null)) {
			return Optional.of(named ? "write " + syntax() : syntax() + " takes no name after a colon");
		}
		if (figures.containsKey(key(placeholder.argument()))) {
			return Optional.empty();
		}
		if (!named) {
			return Optional.of("the " + noun + " needs the file " + dataFile);
		}
		return Optional.of("no " + noun + " '" + placeholder.argument() + "' in " + dataFile + (figures.isEmpty() ? ""
				: "; the " + noun + "s are: " + String.join(", ", figures.keySet().stream().sorted().toList())));
	}

	T cast(Object figure) {
		return type.cast(figure);
	}

	@Override
	public String toString() {
		return syntax();
	}

}
