package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;
import org.ketaminereference.figures.FigureRenderer;

/** Renders loaded content into a {@link RenderedArticle}; safe to share between threads. */
public final class ArticleRenderer {

	private final SourceRenderer sourceRenderer = new SourceRenderer(new MarkdownRenderer());

	/**
	 * Renders everything.
	 * @param layoutIds ids the page layout uses itself, which no heading may take
	 * @throws InvalidContentException listing every problem found while rendering
	 */
	public RenderedArticle render(Content content, Set<String> layoutIds) {
		List<ContentProblem> problems = new ArrayList<>();
		// One registry for everything that shares the one-page article: the lead, every section
		// and the section wrappers, whose ids are the slugs.
		Set<String> articleReserved = new HashSet<>(layoutIds);
		content.sections().forEach((section) -> {
			articleReserved.add(section.metadata().slug());
			// The one-page article keeps old slugs as anchors too.
			articleReserved.addAll(section.metadata().aliases());
		});
		HeadingIds articleIds = new HeadingIds(articleReserved);
		FigureRenderer figures = new FigureRenderer(content.figures(), content.referencesById());
		RenderedFragment lead = sourceRenderer.render(content.article(), articleIds, figures, problems);
		List<RenderedSection> sections = new ArrayList<>();
		for (MarkdownSource<SectionMetadata> section : content.sections()) {
			sections.add(new RenderedSection(section, sourceRenderer.render(section, articleIds, figures, problems)));
		}
		sections = AnchorAliases.apply(sections, articleIds, problems);
		RenderedFragment about = sourceRenderer.render(content.about(), new HeadingIds(layoutIds), figures, problems);
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new RenderedArticle(content, lead, about, sections,
				ReferenceFormatter.format(content.references(), ReferenceFormatter.AMA));
	}

}
