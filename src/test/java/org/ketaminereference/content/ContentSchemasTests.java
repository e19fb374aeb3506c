package org.ketaminereference.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas in {@code content/schemas/}, which editors use to check content as it is
 * typed, agree with the loader: the real content passes them, and every mistake of the
 * faulty-content catalogue that a schema can express (a missing field, a wrong type, an unknown
 * field, a value not allowed) is refused by both the schema and the loader.
 */
class ContentSchemasTests {

	private static final Path CONTENT = Path.of("content");

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	/** The loader's messages for mistakes a schema expresses too. */
	private static final Pattern SCHEMA_LEVEL = Pattern.compile("unknown field|must not be blank|must not be null|"
			+ "is not a whole number|is not a date like|is not true or false|must be a list|is not one of|"
			+ "must be a DOI|must be digits only");

	private static final String FIRST_LINE = "# yaml-language-server: $schema=schemas/%s";

	@TestFactory
	Stream<DynamicTest> theRealContentPassesItsSchemas() throws IOException {
		List<Path> files = new ArrayList<>(List.of(CONTENT.resolve("article.md"), CONTENT.resolve("about.md")));
		try (Stream<Path> sections = Files.list(CONTENT.resolve("sections"))) {
			sections.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		try (Stream<Path> yaml = Files.list(CONTENT)) {
			yaml.filter((file) -> file.toString().endsWith(".yaml")).sorted().forEach(files::add);
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(13);
		return files.stream().map((file) -> DynamicTest.dynamicTest(CONTENT.relativize(file).toString(),
				() -> assertThat(errors(CONTENT.relativize(file).toString(), Files.readString(file))).isEmpty()));
	}

	@TestFactory
	Stream<DynamicTest> eachYamlFileNamesItsSchemaOnItsFirstLine() throws IOException {
		try (Stream<Path> yaml = Files.list(CONTENT)) {
			return yaml.filter((file) -> file.toString().endsWith(".yaml")).sorted().toList().stream()
				.map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
					String schema = schemaOf(file.getFileName().toString());
					assertThat(Files.readAllLines(file).get(0)).isEqualTo(FIRST_LINE.formatted(schema));
					assertThat(CONTENT.resolve("schemas").resolve(schema)).exists();
				}));
		}
	}

	@Test
	void everySchemaLevelMistakeIsRefusedByTheSchemaAndTheLoader(@TempDir Path directory) throws IOException {
		List<String> checked = new ArrayList<>();
		for (FaultyContentCatalogue.FaultyContent faulty : FaultyContentCatalogue.all()) {
			String problem = faulty.problems().get(0);
			if (faulty.problems().size() != 1 || !SCHEMA_LEVEL.matcher(problem).find()) {
				continue;
			}
			TestContent content = faulty.content(Files.createDirectories(directory.resolve(checked.size() + "")));
			String file = problem.substring(0, problem.indexOf(':'));
			assertThat(content.problems()).as("the loader on %s", faulty).extracting(ContentProblem::toString).contains(problem);
			assertThat(errors(file, content.read(file))).as("the schema on %s (%s)", faulty, problem).isNotEmpty();
			checked.add(faulty.name());
		}
		assertThat(checked).as("schema-level mistakes in the catalogue").hasSizeGreaterThanOrEqualTo(10);
	}

	/** The schema's errors for a content file, named as the loader names it. */
	private static List<Error> errors(String file, String text) {
		String name = file.replace('\\', '/');
		String data = name.endsWith(".md") ? frontMatter(text) : text;
		return schema(schemaOf(name)).validate(data, InputFormat.YAML);
	}

	/** Which schema checks a file: a section's front matter, the article's, the about page's, or a data file. */
	static String schemaOf(String file) {
		if (file.startsWith("sections/")) {
			return "section.schema.json";
		}
		String base = file.substring(0, file.lastIndexOf('.'));
		return base + ".schema.json";
	}

	private static String frontMatter(String markdown) {
		String[] lines = markdown.split("\n", -1);
		StringBuilder yaml = new StringBuilder();
		for (int i = 1; i < lines.length && !lines[i].equals("---"); i++) {
			yaml.append(lines[i]).append('\n');
		}
		return yaml.toString();
	}

	private static Schema schema(String name) {
		try (InputStream in = Files.newInputStream(CONTENT.resolve("schemas").resolve(name))) {
			return REGISTRY.getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
