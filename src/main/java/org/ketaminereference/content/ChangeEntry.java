package org.ketaminereference.content;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** One line of a section's changelog. */
public record ChangeEntry(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 200) String summary) {
}
