package org.ketaminereference.content;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The front matter of {@code article.md}: the site-wide text.
 *
 * @param title the article's (and site's) title
 * @param summary one sentence for the landing page's meta description
 * @param lastReviewed when the lead was last reviewed
 * @param disclaimer the medical disclaimer shown on every page
 * @param crisisText the crisis notice shown on sections that ask for it
 * @param editorialLimits whether key points and the readability and size limits are required;
 * {@link EditorialLimits#OFF} when not given
 */
public record ArticleMetadata(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 200) String summary,
		@NotNull @PastOrPresent LocalDate lastReviewed, @NotBlank String disclaimer, @NotBlank String crisisText,
		EditorialLimits editorialLimits) {

	public ArticleMetadata {
		if (editorialLimits == null) {
			editorialLimits = EditorialLimits.OFF;
		}
	}

}
