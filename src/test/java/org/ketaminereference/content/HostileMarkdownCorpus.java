package org.ketaminereference.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.ketaminereference.figures.FigureKinds;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hostile inputs of {@code src/test/resources/hostile-markdown/corpus.yaml}, each turned
 * into content: the {@link TestContent#linked} fixture with that one input put in.
 */
public final class HostileMarkdownCorpus {

	public static final String RESOURCE = "hostile-markdown/corpus.yaml";

	/** The id of the bibliography entry that {@code reference} inputs change. */
	public static final String REFERENCE_ID = "hostile";

	/**
	 * A content file that reaches a page, into which a hostile Markdown body is put: the first
	 * section, the about page, the glossary, or the data file of each kind of figure, which take
	 * it as the text of their fields (a YAML string).
	 *
	 * @param name a short name, for the test's name and folder
	 * @param file the file the input goes into, as content problems name it
	 * @param figure the kind of figure whose data file it is; {@code null} for the others
	 */
	public record Place(String name, String file, FigureSource<?> figure) {

		public static final Place FIRST_SECTION = new Place("first-section", TestContent.FIRST, null);

		public static final Place ABOUT = new Place("about", TestContent.ABOUT, null);

		public static final Place GLOSSARY = new Place("glossary", TestContent.GLOSSARY, null);

		/** Every place, each kind of figure's data file included. */
		public static List<Place> all() {
			return Stream.concat(Stream.of(FIRST_SECTION, ABOUT, GLOSSARY),
					FigureKinds.sources().stream().map((kind) -> new Place(kind.name(), kind.dataFile(), kind)))
				.toList();
		}

		@Override
		public String toString() {
			return name;
		}

	}

	/**
	 * One hostile input; see the corpus file for what each field does.
	 * @param body Markdown appended to the first section (or put into another {@link Place})
	 * @param section front matter lines of the first section
	 * @param article front matter lines of {@code article.md}
	 * @param reference fields of a bibliography entry the first section cites
	 */
	public record HostileInput(String name, String body, String section, String article, String reference) {

		/** Every place this input can enter: a Markdown body goes into every file that reaches a page. */
		public List<Place> places() {
			return (body != null) ? Place.all() : List.of(Place.FIRST_SECTION);
		}

		/**
		 * The files a refusal of this input may name, with a line: the file it went into (for a
		 * figure, its data file, never the section that places the figure).
		 */
		public List<String> files(Place place) {
			if (!place.equals(Place.FIRST_SECTION)) {
				return List.of(place.file());
			}
			return List.of((body != null || section != null) ? TestContent.FIRST
					: (article != null) ? TestContent.ARTICLE : TestContent.REFERENCES);
		}

		/** Writes the linked fixture with this input put in the first section into {@code directory}. */
		public TestContent content(Path directory) {
			return content(directory, Place.FIRST_SECTION);
		}

		/** Writes the linked fixture with this input put in {@code place} into {@code directory}. */
		public TestContent content(Path directory, Place place) {
			TestContent content = TestContent.linked(directory);
			if (!place.equals(Place.FIRST_SECTION)) {
				return putBody(content, place);
			}
			if (body != null) {
				content.write(TestContent.FIRST, content.read(TestContent.FIRST) + "\n" + body + "\n");
			}
			if (section != null) {
				content.withFrontMatter(TestContent.FIRST, section);
			}
			if (article != null) {
				content.withFrontMatter(TestContent.ARTICLE, article);
			}
			if (reference != null) {
				content.withReference(REFERENCE_ID, reference)
					.write(TestContent.FIRST,
							content.read(TestContent.FIRST) + "\nCited here.[@" + REFERENCE_ID + "]\n");
			}
			return content;
		}

		private TestContent putBody(TestContent content, Place place) {
			String text = yamlString(body);
			if (place.equals(Place.ABOUT)) {
				return content.write(TestContent.ABOUT, content.read(TestContent.ABOUT) + "\n" + body + "\n");
			}
			if (place.equals(Place.GLOSSARY)) {
				return content.write(TestContent.GLOSSARY, content.read(TestContent.GLOSSARY) + """
						  - term: Hostile entry
						    definition: %s
						""".formatted(text));
			}
			TestFigures.Sample sample = TestFigures.withText(place.figure(), text);
			return content.write(place.file(), sample.data())
				.write(TestContent.FIRST, content.read(TestContent.FIRST) + "\n" + sample.placeholder() + "\n");
		}

		/** A YAML double-quoted string of {@code text}, every character kept. */
		private static String yamlString(String text) {
			StringBuilder yaml = new StringBuilder("\"");
			text.codePoints().forEach((c) -> {
				if (c == '"' || c == '\\') {
					yaml.append('\\').appendCodePoint(c);
				}
				else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
					yaml.append(String.format("\\u%04x", c));
				}
				else {
					yaml.appendCodePoint(c);
				}
			});
			return yaml.append('"').toString();
		}

		@Override
		public String toString() {
			return name;
		}

	}

	private HostileMarkdownCorpus() {
	}

	/** One input in one place it can enter. */
	public record Case(HostileInput input, Place place) {

		@Override
		public String toString() {
			return input.name() + " in " + place.file();
		}

	}

	/** Every input in every place it can enter. */
	public static List<Case> cases() {
		return all().stream().flatMap((input) -> input.places().stream().map((place) -> new Case(input, place))).toList();
	}

	/**
	 * Every eighth input, each in one of the places it can enter, in turn: a spread over the
	 * corpus and over the content files, for the quick unit tests.
	 */
	public static List<Case> sample() {
		List<HostileInput> all = all();
		return IntStream.range(0, all.size()).filter((i) -> i % 8 == 0).mapToObj((i) -> {
			List<Place> places = all.get(i).places();
			return new Case(all.get(i), places.get((i / 8) % places.size()));
		}).toList();
	}

	public static List<HostileInput> all() {
		try (InputStream in = HostileMarkdownCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			List<Map<String, String>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return entries.stream()
				.map((entry) -> new HostileInput(entry.get("name"), entry.get("body"), entry.get("section"),
						entry.get("article"), entry.get("reference")))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
