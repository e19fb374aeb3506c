package org.ketaminereference.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
	 * One hostile input; see the corpus file for what each field does.
	 * @param body Markdown appended to the first section
	 * @param section front matter lines of the first section
	 * @param article front matter lines of {@code article.md}
	 * @param reference fields of a bibliography entry the first section cites
	 */
	public record HostileInput(String name, String body, String section, String article, String reference) {

		/** Writes the linked fixture with this input put in into {@code directory}. */
		public TestContent content(Path directory) {
			TestContent content = TestContent.linked(directory);
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

		@Override
		public String toString() {
			return name;
		}

	}

	private HostileMarkdownCorpus() {
	}

	/** Every eighth input, a spread over the corpus file's groups, for the quick unit tests. */
	public static List<HostileInput> sample() {
		List<HostileInput> all = all();
		return IntStream.range(0, all.size()).filter((i) -> i % 8 == 0).mapToObj(all::get).toList();
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
