package org.ketaminereference.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything in the content directory, loaded and valid: the article's own file, the about page,
 * the sections in reading order, the bibliography, the data behind the figures, the facts box
 * ({@code null} without {@code facts.yaml}), the glossary and the spellings and names that search
 * treats as one.
 */
public record Content(MarkdownSource<ArticleMetadata> article, MarkdownSource<PageMetadata> about,
		List<MarkdownSource<SectionMetadata>> sections, List<Reference> references, FigureData figures, Facts facts,
		List<GlossaryTerm> glossary, SearchNames searchNames) {

	public Content {
		sections = List.copyOf(sections);
		references = List.copyOf(references);
		glossary = List.copyOf(glossary);
	}

	public Map<String, Reference> referencesById() {
		return references.stream()
			.collect(Collectors.toMap(Reference::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** When the article as a whole was last reviewed: the latest review of its lead or any section. */
	public LocalDate articleLastReviewed() {
		LocalDate latest = article.metadata().lastReviewed();
		for (MarkdownSource<SectionMetadata> section : sections) {
			if (section.metadata().lastReviewed().isAfter(latest)) {
				latest = section.metadata().lastReviewed();
			}
		}
		return latest;
	}

}
