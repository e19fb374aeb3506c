package org.ketaminereference.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code and the content carry the licences the README and every page name: the full texts
 * must be there for anyone who mirrors or reuses them.
 */
class LicenceFilesTests {

	@Test
	void theCodeIsUnderTheApacheLicence() throws Exception {
		List<String> lines = Files.readAllLines(Path.of("LICENSE")).stream().map(String::strip).toList();
		assertThat(lines).startsWith("Apache License", "Version 2.0, January 2004");
		assertThat(lines).contains("END OF TERMS AND CONDITIONS");
	}

	@Test
	void theContentIsUnderTheLicenceItsPagesName() throws Exception {
		String text = Files.readString(Path.of("content/LICENSE"));
		assertThat(text).startsWith("Creative Commons Attribution 4.0 International")
			.contains("Creative Commons Attribution 4.0 International Public License");
		assertThat(ContentLicence.CC_BY_4_0.name()).isEqualTo("CC BY 4.0");
		assertThat(ContentLicence.CC_BY_4_0.url()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
	}

}
