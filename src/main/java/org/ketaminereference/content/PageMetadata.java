package org.ketaminereference.content;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The front matter of a standalone page such as {@code about.md}. */
public record PageMetadata(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 200) String summary,
		@NotNull @PastOrPresent LocalDate lastReviewed) {
}
