package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ketaminereference.content.Citations;
import org.ketaminereference.cite.CitationStyle;
import org.ketaminereference.cite.ReferenceFormatter;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.EditorialLimits;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;
import org.ketaminereference.figures.FigureRenderer;
import org.ketaminereference.routes.Routes;

/** Renders loaded content into a {@link RenderedArticle}; safe to share between threads. */
public final class ArticleRenderer {

	private final SourceRenderer sourceRenderer = new SourceRenderer(new MarkdownRenderer());

	/**
	 * Renders everything.
	 * @param layout the ids the page layout uses itself: no heading may take one, and a link may
	 * point at those its page carries
	 * @throws InvalidContentException listing every problem found while rendering
	 */
	public RenderedArticle render(Content content, LayoutIds layout) {
		List<ContentProblem> problems = new ArrayList<>();
		// One registry for everything that shares the one-page article: the lead, every section
		// and the section wrappers, whose ids are the slugs.
		Set<String> articleReserved = new HashSet<>(layout.reserved());
		articleReserved.add(KeyPoints.ID);
		content.sections().forEach((section) -> {
			articleReserved.add(section.metadata().slug());
			articleReserved.add(KeyPoints.idOnOnePage(section.metadata().slug()));
			// The one-page article keeps old slugs as anchors too.
			articleReserved.addAll(section.metadata().aliases());
		});
		HeadingIds articleIds = new HeadingIds(articleReserved);
		FigureRenderer figures = new FigureRenderer(content.figures(), content.referencesById());
		InternalLinks links = new InternalLinks();
		boolean keyPointsRequired = content.article().metadata().editorialLimits() == EditorialLimits.ENFORCE;
		RenderedFragment lead = sourceRenderer.render(content.article(), Routes.HOME, articleIds, figures, links,
				keyPointsRequired, problems);
		Map<MarkdownSource<SectionMetadata>, SourceRenderer.RenderedTree> trees = new LinkedHashMap<>();
		for (MarkdownSource<SectionMetadata> section : content.sections()) {
			trees.put(section, sourceRenderer.renderTree(section, Routes.section(section.metadata().slug()), articleIds,
					figures, links, keyPointsRequired, problems));
		}
		AnchorAliases.apply(trees, articleIds, problems);
		List<RenderedSection> sections = new ArrayList<>();
		trees.forEach((section, tree) -> sections.add(new RenderedSection(section, tree.fragment())));
		RenderedFragment about = sourceRenderer.render(content.about(), Routes.ABOUT, new HeadingIds(layout.reserved()),
				figures, links, false, problems);
		links.check(anchors(content, lead, sections, about, layout), oldAddresses(content), problems);
		if (!problems.isEmpty()) {
			throw new InvalidContentException(problems);
		}
		return new RenderedArticle(content, lead, FactsBox.render(content.facts()), about, sections,
				ReferenceFormatter.format(content.references(), CitationStyle.AMA));
	}

	/**
	 * What a link may point at: each page the article becomes, with its headings, the reference
	 * entries or glossary terms it lists, and the layout's ids that page carries. Pages without
	 * anchors of their own (such as the changelog) have the layout's.
	 */
	private static Map<String, Set<String>> anchors(Content content, RenderedFragment lead,
			List<RenderedSection> sections, RenderedFragment about, LayoutIds layout) {
		Map<String, Set<String>> anchors = new HashMap<>();
		anchors.put(Routes.HOME, anchorsOf(lead, List.of(content.article())));
		Set<String> wholeArticle = new HashSet<>();
		for (RenderedSection section : sections) {
			Set<String> page = anchorsOf(section.body(), List.of(section.source()));
			anchors.put(Routes.section(section.slug()), page);
			wholeArticle.addAll(page);
			if (page.contains(KeyPoints.ID)) {
				wholeArticle.add(KeyPoints.idOnOnePage(section.slug()));
			}
			wholeArticle.add(section.slug());
		}
		// Key points have a per-section id there.
		wholeArticle.remove(KeyPoints.ID);
		anchors.put(Routes.ARTICLE, wholeArticle);
		anchors.put(Routes.ABOUT, anchorsOf(about, List.of(content.about())));
		Set<String> bibliography = new HashSet<>();
		content.references().forEach((reference) -> bibliography.add(CitationNumbering.anchorOf(reference.id())));
		anchors.put(Routes.REFERENCES, bibliography);
		Set<String> glossary = new HashSet<>();
		content.glossary().forEach((term) -> glossary.add(term.id()));
		anchors.put(Routes.GLOSSARY, glossary);
		Routes.PAGES.forEach((page) -> anchors.putIfAbsent(page, new HashSet<>()));
		anchors.forEach((path, ids) -> ids.addAll(layout.on(path)));
		return anchors;
	}

	/** The ids a fragment puts on its page: its headings and the reference entries it cites. */
	private static Set<String> anchorsOf(RenderedFragment fragment, List<MarkdownSource<?>> sources) {
		Set<String> ids = new HashSet<>();
		fragment.headings().forEach((heading) -> ids.add(heading.id()));
		for (MarkdownSource<?> source : sources) {
			Citations.keysIn(source.markdown()).forEach((key) -> ids.add(CitationNumbering.anchorOf(key)));
		}
		return ids;
	}

	/**
	 * Addresses that still work but are no longer the current ones, each with the address that
	 * replaced it: old slugs (pages, and anchors on the one-page article) and anchor aliases.
	 */
	private static Map<String, String> oldAddresses(Content content) {
		Map<String, String> old = new HashMap<>();
		for (MarkdownSource<SectionMetadata> section : content.sections()) {
			String slug = section.metadata().slug();
			for (String alias : section.metadata().aliases()) {
				old.put(Routes.section(alias), Routes.section(slug));
				old.put(Routes.ARTICLE + "#" + alias, Routes.ARTICLE + "#" + slug);
			}
			section.metadata().anchorAliases().forEach((oldId, target) -> {
				String targetSlug = target.contains("#") ? target.substring(0, target.indexOf('#')) : slug;
				String newId = target.substring(target.indexOf('#') + 1);
				old.put(Routes.section(slug) + "#" + oldId, Routes.section(targetSlug) + "#" + newId);
				old.put(Routes.ARTICLE + "#" + oldId, Routes.ARTICLE + "#" + newId);
			});
		}
		return old;
	}

}
