package org.ketaminereference.site;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks the {@code reference.*} settings as Spring Boot binds them; a bad value stops the start
 * with the setting, its value, where it came from and what is wrong. A Spring {@link Validator}
 * rather than Bean Validation annotations: booting Hibernate Validator for these two checks cost
 * about 0.3 s of every start (bench/startup), and a start that serves a prebuilt site needs it
 * for nothing else.
 */
final class ReferencePropertiesValidator implements Validator {

	/** http or https, a host, and a path that does not end in a slash; no query or fragment. */
	private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?");

	static final String BAD_BASE_URL = "must be an http(s) URL without a trailing slash, query or fragment";

	@Override
	public boolean supports(Class<?> type) {
		return ReferenceProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ReferenceProperties properties = (ReferenceProperties) target;
		if (properties.baseUrl() == null) {
			errors.rejectValue("baseUrl", "NotNull", "must not be null");
		}
		else if (!BASE_URL.matcher(properties.baseUrl()).matches()) {
			errors.rejectValue("baseUrl", "Pattern", BAD_BASE_URL);
		}
		if (properties.feedbackUrl() != null && !FeedbackLink.isValid(properties.feedbackUrl())) {
			errors.rejectValue("feedbackUrl", "Pattern", FeedbackLink.BAD_FEEDBACK_URL);
		}
	}

}
