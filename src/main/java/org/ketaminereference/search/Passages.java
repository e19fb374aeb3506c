package org.ketaminereference.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.ketaminereference.content.GlossaryTerm;
import org.ketaminereference.content.Reference;
import org.ketaminereference.render.CitationNumbering;
import org.ketaminereference.render.KeyPoints;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.routes.Routes;

/**
 * Cuts the article into what search finds: each section's rendered body at its h2 and h3
 * headings, then every glossary term, then every reference that a section cites.
 */
final class Passages {

	/**
	 * Not part of what a reader searches: citation markers, permalinks, and figures, whose text
	 * repeats what the prose says and would crowd its passages out of the results.
	 */
	private static final String NOT_TEXT = "sup.citation, a.permalink, figure";

	private static final String GLOSSARY_TITLE = "Glossary";

	private static final String REFERENCES_TITLE = "References";

	private Passages() {
	}

	static List<Passage> of(RenderedArticle article) {
		List<Passage> passages = new ArrayList<>();
		Map<String, List<String>> citedIn = new LinkedHashMap<>();
		for (RenderedSection section : article.sections()) {
			Element body = Jsoup.parseBodyFragment(section.body().html()).body();
			for (String key : CitationNumbering.citedKeys(body)) {
				citedIn.computeIfAbsent(key, (id) -> new ArrayList<>()).add(pathOf(section));
			}
			passages.addAll(of(section, body));
		}
		for (GlossaryTerm term : article.content().glossary()) {
			passages.add(new Passage(Passage.Kind.TERM, Routes.GLOSSARY, GLOSSARY_TITLE, term.id(), term.name(),
					term.definition(), String.join(" ", term.forms().subList(1, term.forms().size())), List.of()));
		}
		for (Reference reference : article.content().references()) {
			List<String> sections = citedIn.get(reference.id());
			if (sections != null) {
				String formatted = Jsoup.parseBodyFragment(article.formattedReferences().get(reference.id())).text();
				passages.add(new Passage(Passage.Kind.REFERENCE, Routes.REFERENCES, REFERENCES_TITLE,
						Routes.referenceAnchor(reference.id()), reference.title(), formatted, authorsAndYear(reference), sections));
			}
		}
		return passages;
	}

	private static String pathOf(RenderedSection section) {
		return Routes.section(section.slug());
	}

	private static String authorsAndYear(Reference reference) {
		String authors = reference.author()
			.stream()
			.map((name) -> (name.family() != null) ? name.family() : name.literal())
			.filter((name) -> name != null)
			.collect(Collectors.joining(" "));
		return (reference.issued() != null) ? authors + " " + reference.issued().year() : authors;
	}

	private static List<Passage> of(RenderedSection section, Element body) {
		body.select(NOT_TEXT).remove();
		String path = pathOf(section);
		List<Passage> passages = new ArrayList<>();
		String headingId = null;
		String heading = section.title();
		StringBuilder text = new StringBuilder();
		for (Element block : body.children()) {
			if (block.is("h2, h3")) {
				add(passages, path, section.title(), headingId, heading, text);
				headingId = block.id();
				heading = block.text();
				text.setLength(0);
			}
			else {
				text.append(block.text().replace("\u2060", "")).append('\n');
				if (isKeyPointsList(block)) {
					// The lead paragraphs after the key points open the section, as on the page.
					add(passages, path, section.title(), headingId, heading, text);
					headingId = null;
					heading = section.title();
					text.setLength(0);
				}
			}
		}
		add(passages, path, section.title(), headingId, heading, text);
		return passages;
	}

	private static boolean isKeyPointsList(Element block) {
		return block.is("ul") && block.hasClass(KeyPoints.CLASS);
	}

	/**
	 * A heading directly followed by a subheading has no text of its own (its subsections carry
	 * it) but is kept, to be listed with the others; the section's opening is kept only if it has text.
	 */
	private static void add(List<Passage> passages, String path, String title, String headingId, String heading,
			StringBuilder text) {
		String passage = text.toString().strip();
		if (!passage.isEmpty() || headingId != null) {
			passages.add(new Passage(Passage.Kind.SECTION, path, title, headingId, heading, passage, "", List.of()));
		}
	}

}
