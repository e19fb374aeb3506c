package org.ketaminereference.site;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.Errors;
import org.springframework.validation.SimpleErrors;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks on {@code reference.*}; how a failure is reported is in StartupConfigurationTests. */
class ReferencePropertiesValidatorTests {

	private final ReferencePropertiesValidator validator = new ReferencePropertiesValidator();

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "https://reference.example.org", "https://example.org/ketamine",
			"http://127.0.0.1:18980/a/b" })
	void acceptsHttpUrlsWithoutTrailingSlash(String baseUrl) {
		assertThat(validate(Path.of("content"), baseUrl).hasErrors()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "reference.example.org/", "https://example.org/", "https://example.org/a/",
			"ftp://example.org", "https://example.org?x=1", "https://example.org/#top", "https://", "https://exa mple.org",
			"javascript:alert(1)", "" })
	void refusesAnythingElseSayingWhy(String baseUrl) {
		Errors errors = validate(Path.of("content"), baseUrl);
		assertThat(errors.getFieldError("baseUrl")).isNotNull();
		assertThat(errors.getFieldError("baseUrl").getDefaultMessage()).isEqualTo(ReferencePropertiesValidator.BAD_BASE_URL);
	}

	@Test
	void refusesAMissingBaseUrl() {
		Errors errors = validate(Path.of("content"), null);
		assertThat(errors.getFieldError("baseUrl").getDefaultMessage()).isEqualTo("must not be null");
	}

	@Test
	void acceptsNoContentDirectoryMeaningTheBuiltInArticle() {
		assertThat(validate(null, "https://example.org").hasErrors()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "mailto:errors@ketamine.example", "mailto:errors@ketamine.example?cc=editor@ketamine.example",
			"https://github.com/example/ketamine/issues/new", "https://example.org/report?form=ketamine", "" })
	void acceptsAMailAddressOrAnHttpsUrlForFeedback(String feedbackUrl) {
		assertThat(validate(Path.of("content"), "https://example.org", feedbackUrl).hasErrors()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "errors@ketamine.example", "mailto:", "mailto:nobody", "http://example.org/report",
			"https://example.org/report#form", "javascript:alert(1)", "data:text/html,x", "ftp://example.org",
			"https://exa mple.org" })
	void refusesAnyOtherFeedbackUrlSayingWhy(String feedbackUrl) {
		Errors errors = validate(Path.of("content"), "https://example.org", feedbackUrl);
		assertThat(errors.getFieldError("feedbackUrl")).isNotNull();
		assertThat(errors.getFieldError("feedbackUrl").getDefaultMessage()).isEqualTo(FeedbackLink.BAD_FEEDBACK_URL);
	}

	private Errors validate(Path contentDir, String baseUrl) {
		return validate(contentDir, baseUrl, null);
	}

	private Errors validate(Path contentDir, String baseUrl, String feedbackUrl) {
		ReferenceProperties properties = new ReferenceProperties(contentDir, baseUrl, false, null, feedbackUrl);
		Errors errors = new SimpleErrors(properties);
		validator.validate(properties, errors);
		return errors;
	}

}
