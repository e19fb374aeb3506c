package org.ketaminereference.site;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackLinkTests {

	@Test
	void noSettingNoLink() {
		assertThat(FeedbackLink.forPage(null, "History", "https://example.org/history")).isNull();
		assertThat(FeedbackLink.forPage(" ", "History", "https://example.org/history")).isNull();
	}

	@Test
	void aMailAddressGetsThePageAsSubjectAndBody() {
		String link = FeedbackLink.forPage("mailto:errors@example.org", "Risks & side effects",
				"https://example.org/risks");
		assertThat(link).startsWith("mailto:errors@example.org?subject=").doesNotContain(" ", "+");
		assertThat(decoded(link)).contains("subject=Error on the page “Risks & side effects”",
				"body=Page: https://example.org/risks\n");
	}

	@Test
	void anHttpsUrlGetsThePageAsQueryParametersKeepingItsOwnQuery() {
		String link = FeedbackLink.forPage("https://example.org/report?form=ketamine", "History",
				"https://example.org/history");
		URI uri = URI.create(link);
		assertThat(uri.getHost()).isEqualTo("example.org");
		assertThat(uri.getQuery()).startsWith("form=ketamine&title=Error on the page “History”&body=Page: https://example.org/history");
		assertThat(FeedbackLink.forPage("https://example.org/issues/new", "History", "https://example.org/history"))
			.startsWith("https://example.org/issues/new?title=");
	}

	private static String decoded(String link) {
		return URLDecoder.decode(link, StandardCharsets.UTF_8);
	}

}
