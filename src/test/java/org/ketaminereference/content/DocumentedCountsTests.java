package org.ketaminereference.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs say how many faulty-content cases and hostile inputs the tests run; those numbers
 * drift when a case is added, so they are read from the docs and compared with the catalogues.
 */
class DocumentedCountsTests {

	private static final List<Path> DOCS = List.of(Path.of("docs", "security.md"), Path.of("docs", "testing.md"));

	@Test
	void theFaultyContentCountIsTheCatalogues() throws IOException {
		assertThat(numbersBefore("mistakes of `content/FaultyContentCatalogue`")).isNotEmpty()
			.containsOnly(FaultyContentCatalogue.all().size());
	}

	@Test
	void theHostileInputCountIsTheCorpus() throws IOException {
		assertThat(numbersBefore("hostile inputs")).isNotEmpty().containsOnly(HostileMarkdownCorpus.all().size());
	}

	/** Every number written just before {@code words} in the docs. */
	private static List<Integer> numbersBefore(String words) throws IOException {
		Pattern pattern = Pattern.compile("(\\d[\\d,]*) " + Pattern.quote(words));
		List<Integer> numbers = new ArrayList<>();
		for (Path doc : DOCS) {
			Matcher matcher = pattern.matcher(Files.readString(doc));
			while (matcher.find()) {
				numbers.add(Integer.parseInt(matcher.group(1).replace(",", "")));
			}
		}
		return numbers;
	}

}
