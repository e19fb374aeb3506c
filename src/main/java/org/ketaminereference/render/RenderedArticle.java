package org.ketaminereference.render;

import java.util.List;
import java.util.Map;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.Reference;

/**
 * The whole article rendered once: lead, sections, about page and formatted references. Pages
 * are assembled from it without touching Markdown again.
 *
 * @param facts the "At a glance" box, or {@code null} when the content has no facts
 * @param formattedReferences AMA-formatted HTML of each reference, by id
 */
public record RenderedArticle(Content content, RenderedFragment lead, RenderedFragment facts, RenderedFragment about,
		List<RenderedSection> sections, Map<String, String> formattedReferences) {

	public RenderedArticle {
		sections = List.copyOf(sections);
		formattedReferences = Map.copyOf(formattedReferences);
	}

	public Map<String, Reference> referencesById() {
		return content.referencesById();
	}

}
