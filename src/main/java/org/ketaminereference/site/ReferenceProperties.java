package org.ketaminereference.site;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the site, bound from {@code reference.*} (or {@code REFERENCE_*} environment
 * variables) and validated at startup by {@link ReferencePropertiesValidator}.
 *
 * @param contentDir where the article is read from; relative paths are resolved against the
 * working directory. Unset, the article built into the jar (see {@link BuiltInContent}); set, the
 * folder must exist
 * @param baseUrl the public URL of the site, without a trailing slash, used for canonical links
 * and absolute URLs in generated files
 * @param watch whether to rebuild the site when a content file changes (for authors; a broken
 * edit keeps the last good version serving)
 * @param prebuiltSite a file written by {@code --prebuild=FILE}; when it was made from the same
 * content, settings and application build, the site starts by reading it instead of rendering
 * the content again (see {@link PrebuiltSite}). Unset, or made from anything else: the content is
 * rendered as usual
 * @param feedbackUrl where readers report an error: a {@code mailto:} address or an
 * {@code https:} URL. Set, every section page links to it with the page's title and address
 * filled in (see {@link FeedbackLink}); unset or blank, no link appears
 */
@ConfigurationProperties("reference")
public record ReferenceProperties(Path contentDir,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("false") boolean watch, Path prebuiltSite,
		String feedbackUrl) {

	/**
	 * A blank feedback URL is none: the container image sets {@code REFERENCE_FEEDBACK_URL} to an
	 * empty string when built without one, and its prebuilt site (made without one) must still fit.
	 */
	public ReferenceProperties {
		if (feedbackUrl != null && feedbackUrl.isBlank()) {
			feedbackUrl = null;
		}
	}

	/** The folder to read the article from: the one set, or the jar's own article unpacked. */
	@Override
	public Path contentDir() {
		return (contentDir != null) ? contentDir : BuiltInContent.directory();
	}

}
