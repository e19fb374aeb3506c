package org.ketaminereference.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy sees decoded attribute values, as the HTML parser hands them over. */
class LinkPolicyTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://example.org", "http://example.org/page?a=1#b", "HTTPS://EXAMPLE.ORG",
			"mailto:editor@example.org", "#fragment", "/history", "/history#id", "history", "" })
	void allowedLinks(String url) {
		assertThat(LinkPolicy.isAllowedLink(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)",
			" javascript:alert(1)", "java\tscript:alert(1)", "jav\nascript:alert(1)", "\u0000javascript:alert(1)",
			"javascript\t:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
			"file:///etc/passwd", "ftp://example.org", "\\\\evil.example", "/\\evil.example" })
	void disallowedLinks(String url) {
		assertThat(LinkPolicy.isAllowedLink(url)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assets/diagram.png", "/images/a.svg" })
	void allowedImages(String url) {
		assertThat(LinkPolicy.isAllowedImage(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "data:image/png;base64,AAAA", "DATA:image/png;base64,AAAA",
			"https://tracker.example/pixel.png", "http://example.org/a.png", "//tracker.example/pixel.png",
			"/\\tracker.example/pixel.png", "assets/relative.png", "" })
	void disallowedImages(String url) {
		assertThat(LinkPolicy.isAllowedImage(url)).isFalse();
	}

}
