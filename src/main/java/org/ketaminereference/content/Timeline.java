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

	/** The kind of figure: {@code {{timeline}}}, from {@code timeline.yaml}. */
	public static final FigureSource<Timeline> FIGURE = FigureSource.single("timeline", "timeline", "timeline.yaml",
			Timeline.class, Timeline::check);

	public Timeline {
		events = (events != null) ? List.copyOf(events) : null;
	}

	private static void check(Timeline timeline, DataFile file) {
		file.drawnText(timeline.title(), "title");
		file.citingText(timeline.caption(), "caption");
		List<TimelineEvent> events = timeline.events();
		for (int i = 0; i < events.size(); i++) {
			String path = "events[" + i + "]";
			file.drawnText(events.get(i).label(), path + ".label");
			file.citingText(events.get(i).description(), path + ".description");
			file.keys(events.get(i).cite(), path + ".cite");
			if (i > 0 && events.get(i).compareDate(events.get(i - 1)) < 0) {
				file.problem(path, path + ".year", "events must be in date order: " + events.get(i).isoDate()
						+ " comes after " + events.get(i - 1).isoDate());
			}
		}
	}

}
