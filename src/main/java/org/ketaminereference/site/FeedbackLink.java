package org.ketaminereference.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.ketaminereference.text.ReaderText;

/**
 * The "Report an error on this page" link of a section page: the {@code reference.feedback-url}
 * setting with the page's title and address filled in, so that a report names the page without
 * the reader having to copy it. A {@code mailto:} address gets them as the subject and body of
 * the message (RFC 6068); an {@code https:} URL as the query parameters {@code title} and
 * {@code body}, the names GitHub's and GitLab's new-issue pages read.
 */
final class FeedbackLink {

	/** A mail address, optionally with header fields of its own. */
	static final Pattern MAILTO = Pattern.compile("mailto:[^\\s?#@]+@[^\\s?#@]+(\\?[^\\s#]*)?");

	/** An https URL with a host; no fragment, so that the filled-in query stays the query. */
	static final Pattern HTTPS = Pattern.compile("https://[^\\s/?#]+(/[^\\s?#]*)?(\\?[^\\s#]*)?");

	static final String BAD_FEEDBACK_URL = "must be a mailto: address or an https:// URL without a fragment";

	private FeedbackLink() {
	}

	/** The link for one page, or {@code null} where no feedback URL is set. */
	static String forPage(String feedbackUrl, String pageTitle, String pageUrl) {
		if (feedbackUrl == null || feedbackUrl.isBlank()) {
			return null;
		}
		String separator = feedbackUrl.contains("?") ? "&" : "?";
		String subject = encode(ReaderText.FEEDBACK_SUBJECT.text(pageTitle));
		String body = encode(ReaderText.FEEDBACK_BODY.text(pageUrl));
		if (feedbackUrl.startsWith("mailto:")) {
			return feedbackUrl + separator + "subject=" + subject + "&body=" + body;
		}
		return feedbackUrl + separator + "title=" + subject + "&body=" + body;
	}

	static boolean isValid(String feedbackUrl) {
		return MAILTO.matcher(feedbackUrl).matches() || HTTPS.matcher(feedbackUrl).matches();
	}

	// URLEncoder writes a space as '+', which mail programs show as a plus sign; %20 means a space
	// in both a mailto: header and an https query.
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
