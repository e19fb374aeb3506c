package org.ketaminereference.search;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.routes.Routes;

/** Cuts each section's rendered body into passages at its h2 and h3 headings. */
final class SectionPassages {

	/**
	 * Not part of what a reader searches: citation markers, permalinks, and figures, whose text
	 * repeats what the prose says and would crowd its passages out of the results.
	 */
	private static final String NOT_TEXT = "sup.citation, a.permalink, figure";

	private SectionPassages() {
	}

	static List<SectionPassage> of(RenderedArticle article) {
		List<SectionPassage> passages = new ArrayList<>();
		for (RenderedSection section : article.sections()) {
			passages.addAll(of(section));
		}
		return passages;
	}

	private static List<SectionPassage> of(RenderedSection section) {
		Element body = Jsoup.parseBodyFragment(section.body().html()).body();
		body.select(NOT_TEXT).remove();
		String path = Routes.section(section.slug());
		List<SectionPassage> passages = new ArrayList<>();
		String headingId = null;
		String heading = section.title();
		StringBuilder text = new StringBuilder();
		for (Element block : body.children()) {
			if (block.is("h2, h3")) {
				add(passages, new SectionPassage(path, section.title(), headingId, heading, text.toString().strip()));
				headingId = block.id();
				heading = block.text();
				text.setLength(0);
			}
			else {
				text.append(block.text().replace("\u2060", "")).append('\n');
			}
		}
		add(passages, new SectionPassage(path, section.title(), headingId, heading, text.toString().strip()));
		return passages;
	}

	/** A heading directly followed by a subheading has no text of its own; its subsections carry it. */
	private static void add(List<SectionPassage> passages, SectionPassage passage) {
		if (!passage.text().isEmpty()) {
			passages.add(passage);
		}
	}

}
