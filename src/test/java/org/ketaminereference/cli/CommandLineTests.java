package org.ketaminereference.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketaminereference.KetamineReferenceApplication;
import org.ketaminereference.content.FaultyContentCatalogue.FaultyContent;
import org.ketaminereference.content.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands the jar runs instead of serving, called in-process as {@code main()} calls them:
 * exit codes and what an author or CI reads.
 */
class CommandLineTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final CommandLine commandLine = new CommandLine(KetamineReferenceApplication.class,
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void withoutACommandTheSiteIsServed() {
		assertThat(commandLine.run()).isEmpty();
		assertThat(commandLine.run("--server.port=9000", "--spring.profiles.active=dev")).isEmpty();
	}

	@Test
	void exportWithoutADirectoryIsAUsageError() {
		assertThat(commandLine.run("--export")).hasValue(CommandLine.USAGE);
		assertThat(commandLine.run("--export=")).hasValue(CommandLine.USAGE);
		assertThat(err()).contains("--export needs a directory to write to: --export=DIR");
	}

	@Test
	void twoCommandsAreAUsageError() {
		assertThat(commandLine.run("--check", "--export=site")).hasValue(CommandLine.USAGE);
		assertThat(err()).contains("Give one command at a time");
	}

	@Test
	void settingsAreReadAsTheApplicationReadsThemWithoutStartingIt() {
		// Unset: the article built into the jar, unpacked; the same files as content/.
		Path builtIn = CommandLine.properties().contentDir();
		assertThat(builtIn).isNotEqualTo(Path.of("content"));
		assertThat(builtIn.resolve("sections/01-history.md")).hasSameBinaryContentAs(Path.of("content/sections/01-history.md"));
		assertThat(CommandLine.properties("--reference.content-dir=/srv/article").contentDir())
			.isEqualTo(Path.of("/srv/article"));
	}

	@Nested
	class Check {

		@TempDir
		Path temp;

		@Test
		void validContentExitsWithZero() {
			OptionalInt exit = check(TestContent.copyOfArticle(temp.resolve("content")).directory());
			assertThat(exit).hasValue(ContentCheck.VALID);
			assertThat(out()).contains("the content is valid (5 sections, 70 references)");
			assertThat(err()).isEmpty();
		}

		@Test
		void everyProblemFoundWhileLoadingIsListedWithFileAndLine() {
			TestContent copy = TestContent.copyOfArticle(temp.resolve("content"));
			copy.replace("sections/01-history.md", "order: 1\n", "order: abc\n");
			String mentalHealth = "sections/02-mental-health.md";
			copy.write(mentalHealth, copy.read(mentalHealth) + "\nA sentence.[@nosuchkey2099]\n");
			OptionalInt exit = check(copy.directory());
			assertThat(exit).hasValue(ContentCheck.INVALID);
			assertThat(err().lines()).contains("sections/01-history.md:4: order: 'abc' is not a whole number")
				.anySatisfy((line) -> assertThat(line).matches(
						"sections/02-mental-health\\.md:\\d+: citation: unknown reference 'nosuchkey2099'; .*"))
				.last()
				.satisfies((summary) -> assertThat(summary).endsWith("2 problems; paths are relative to the content directory"));
			assertThat(out()).isEmpty();
		}

		@Test
		void problemsOnlyRenderingFindsAreListedToo() throws Exception {
			TestContent copy = TestContent.copyOfArticle(temp.resolve("content"));
			copy.replace("sections/03-mechanisms.md", "## Glutamate and the NMDA receptor",
					"# Glutamate and the NMDA receptor");
			Path content = copy.directory();
			OptionalInt exit = check(content);
			assertThat(exit).hasValue(ContentCheck.INVALID);
			int line = Files.readAllLines(content.resolve("sections/03-mechanisms.md"))
				.indexOf("# Glutamate and the NMDA receptor") + 1;
			assertThat(err().lines()).contains("sections/03-mechanisms.md:" + line
					+ ": heading: use ## and ### only; the title comes from the front matter");
		}

		/** FaultyContentTests holds a start to the same list: the check and a start cannot disagree. */
		@ParameterizedTest(name = "{0}")
		@MethodSource("org.ketaminereference.content.FaultyContentCatalogue#all")
		void listsExactlyWhatAStartListsForEachMistakeOfTheCatalogue(FaultyContent faulty) {
			OptionalInt exit = check(faulty.content(temp.resolve("content")).directory());
			assertThat(exit).hasValue(ContentCheck.INVALID);
			List<String> lines = err().lines().toList();
			assertThat(lines.subList(0, lines.size() - 1)).containsExactlyElementsOf(faulty.problems());
			assertThat(lines.get(lines.size() - 1)).endsWith(": " + faulty.problems().size()
					+ ((faulty.problems().size() == 1) ? " problem" : " problems") + "; paths are relative to the content directory");
			assertThat(out()).isEmpty();
		}

		@Test
		void aMissingContentDirectoryIsAProblemNotACrash() {
			OptionalInt exit = check(temp.resolve("nowhere"));
			assertThat(exit).hasValue(ContentCheck.INVALID);
			assertThat(err()).contains("content directory not found");
		}

		private OptionalInt check(Path content) {
			return commandLine.run("--check", "--reference.content-dir=" + content);
		}

	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
