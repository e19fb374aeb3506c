package org.ketaminereference.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ketaminereference.SitePages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the site serves, as the server sends it, passes the Nu Html Checker (the engine
 * behind validator.w3.org/nu) with no errors. The checker runs in this JVM; nothing is sent out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidHtmlIT {

	private static final JsonMapper JSON = JsonMapper.shared();

	@LocalServerPort
	private int port;

	@TestFactory
	Stream<DynamicTest> everyServedPageIsValidHtml() throws Exception {
		return SitePages.everyServedPage(port)
			.stream()
			.map((path) -> DynamicTest.dynamicTest(path, () -> assertThat(errors(SitePages.get(port, path).body()))
				.as("Nu Html Checker errors on %s", path)
				.isEmpty()));
	}

	@Test
	void theCheckerReportsAnError() throws Exception {
		assertThat(errors("<!DOCTYPE html><html lang=en><title>t</title><p><div>x</div></span>")).isNotEmpty();
	}

	/** The checker's errors (not its informational messages), each with its line and source extract. */
	static List<String> errors(String html) throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		return JSON.readTree(report)
			.path("messages")
			.valueStream()
			.filter((message) -> !message.path("type").asString().equals("info"))
			.map(ValidHtmlIT::describe)
			.toList();
	}

	private static String describe(JsonNode message) {
		return "line %s: %s [%s]".formatted(message.path("lastLine").asString(), message.path("message").asString(),
				message.path("extract").asString());
	}

}
