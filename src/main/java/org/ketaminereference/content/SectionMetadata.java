package org.ketaminereference.content;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The front matter of one section file.
 *
 * @param title the section's heading and page title
 * @param slug the URL path of the section
 * @param order position in the article, ascending
 * @param summary one sentence for cards and the meta description
 * @param lastReviewed when an editor last checked the section against its sources
 * @param crisisNotice whether the page shows the crisis notice
 * @param aliases earlier slugs that must keep working (they redirect)
 * @param changes the section's changelog, newest first
 * @param anchorAliases heading ids that were published and no longer exist, each with the id of
 * the heading that replaced it ({@code new-id}, or {@code slug#new-id} in another section), so
 * that old links still lead somewhere
 */
public record SectionMetadata(@NotBlank @Size(max = 120) String title,
		@NotBlank @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
		@NotNull @Positive Integer order, @NotBlank @Size(max = 200) String summary,
		@NotNull @PastOrPresent LocalDate lastReviewed, @NotNull Boolean crisisNotice,
		List<@Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> aliases,
		List<@Valid @NotNull ChangeEntry> changes,
		Map<@Pattern(regexp = Anchors.ID, message = Anchors.ID_MESSAGE) String, @NotNull @Pattern(
				regexp = Anchors.TARGET, message = Anchors.TARGET_MESSAGE) String> anchorAliases) {

	public SectionMetadata {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		changes = (changes != null) ? List.copyOf(changes) : List.of();
		// Kept in the order written, so the rendered page is the same on every build.
		anchorAliases = (anchorAliases != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(anchorAliases))
				: Map.of();
	}

}
