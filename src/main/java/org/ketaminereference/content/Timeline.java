package org.ketaminereference.content;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code timeline.yaml}: the dated events of ketamine's history, drawn as a picture and listed
 * with their sources wherever a page asks for {@code {{timeline}}}.
 *
 * @param title the figure's title, also the picture's accessible name
 * @param caption one or two sentences under the title
 * @param events in date order
 */
public record Timeline(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 300) String caption,
		@NotEmpty List<@Valid @NotNull TimelineEvent> events) {

	public Timeline {
		events = (events != null) ? List.copyOf(events) : null;
	}

}
