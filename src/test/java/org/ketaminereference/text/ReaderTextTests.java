package org.ketaminereference.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a reader sees comes from {@code messages.properties}: each key the templates
 * ({@code #{key}}) and the Java code ({@link ReaderText}) ask for is there, and each key there is
 * asked for.
 */
class ReaderTextTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.]+)");

	@Test
	void everyKeyTheCodeAndTheTemplatesUseExists() throws IOException {
		Set<String> defined = messages().stringPropertyNames();
		assertThat(templateKeys()).isNotEmpty().allSatisfy((key) -> assertThat(defined).contains(key));
		assertThat(ReaderText.values()).allSatisfy((text) -> assertThat(defined).contains(text.key()));
	}

	@Test
	void everyKeyThatExistsIsUsed() throws IOException {
		Set<String> used = new HashSet<>(templateKeys());
		Arrays.stream(ReaderText.values()).map(ReaderText::key).forEach(used::add);
		assertThat(messages().stringPropertyNames()).allSatisfy((key) -> assertThat(used).contains(key));
	}

	@Test
	void argumentsArePutInAndQuotesKept() {
		assertThat(ReaderText.PAGE_TITLE.text("Glossary", "Ketamine")).isEqualTo("Glossary – Ketamine");
		assertThat(ReaderText.EVIDENCE_TABLE_NOT_REPORTED.text()).isEqualTo("Not reported in this article's sources");
		assertThat(ReaderText.ANCHOR_MOVED.around()).containsExactly("This part has moved to ", ".");
	}

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return messages;
	}

	private static Set<String> templateKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		return keys;
	}

}
