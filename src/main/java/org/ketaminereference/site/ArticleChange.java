package org.ketaminereference.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ketaminereference.content.ChangeEntry;
import org.ketaminereference.render.RenderedSection;

/** One line of a section's changelog, as the page of all changes lists it. */
public record ArticleChange(LocalDate date, NavLink section, String summary) {

	/** Every section's changes, newest first; changes of one day keep the sections' order. */
	static List<ArticleChange> newestFirst(List<RenderedSection> sections) {
		List<ArticleChange> changes = new ArrayList<>();
		for (RenderedSection section : sections) {
			NavLink link = new NavLink("/" + section.slug(), section.title());
			for (ChangeEntry change : section.metadata().changes()) {
				changes.add(new ArticleChange(change.date(), link, change.summary()));
			}
		}
		// A stable sort, so the reading order survives among changes of the same day.
		changes.sort(Comparator.comparing(ArticleChange::date).reversed());
		return List.copyOf(changes);
	}

}
