package org.ketaminereference.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ketaminereference.content.ChangeEntry;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.routes.Routes;

/**
 * One line of a section's changelog, as the page of all changes and the Atom feed list it.
 *
 * @param anchor the line's id on the page of changes ({@code slug-date}, numbered when a
 * section changed twice on one day), also the feed entry's id, so that both name it alike
 */
public record ArticleChange(LocalDate date, NavLink section, String summary, String anchor) {

	/** Every section's changes, newest first; changes of one day keep the sections' order. */
	static List<ArticleChange> newestFirst(List<RenderedSection> sections) {
		List<ArticleChange> changes = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (RenderedSection section : sections) {
			NavLink link = new NavLink(Routes.section(section.slug()), section.title());
			for (ChangeEntry change : section.metadata().changes()) {
				String anchor = "change-" + section.slug() + "-" + change.date();
				int count = seen.merge(anchor, 1, Integer::sum);
				changes.add(new ArticleChange(change.date(), link, change.summary(),
						(count == 1) ? anchor : anchor + "-" + count));
			}
		}
		// A stable sort, so the reading order survives among changes of the same day.
		changes.sort(Comparator.comparing(ArticleChange::date).reversed());
		return List.copyOf(changes);
	}

}
