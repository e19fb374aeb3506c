package org.ketaminereference.site;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.ContentLoader;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.EditorialLimits;
import org.ketaminereference.content.Evidence;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.figures.FigureKinds;
import org.ketaminereference.readability.EditorialReport;
import org.ketaminereference.render.ArticleRenderer;
import org.ketaminereference.render.LayoutIds;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.routes.Routes;

/**
 * The content loaded and the article rendered as the site renders it: with every kind of figure,
 * and no heading may take an id that the layout or the about page's legend of evidence labels
 * uses, while a link may point only at those of them its page carries. The one way to do it,
 * shared by the site build (and so {@code --check}, see {@link SiteLoader#check()}), the anchors
 * lock and the benchmarks, so that a check can never pass content that a start then refuses.
 */
public final class SiteArticle {

	/** The "cite this page" box of the section pages and the one-page article. */
	private static final String HOW_TO_CITE = "how-to-cite";

	/** Ids the layout and page templates use. */
	private static final Set<String> LAYOUT_IDS = Set.of("main", "top", "toc", "toc-title", "contents", "references",
			"references-title", "crisis-title", "disclaimer-title", "site-search", "search-input", "disclaimer",
			"crisis-notice", "breadcrumbs", "page-title", "sections", "section-list", "footer", "lead", "reviewed",
			"changes", "evidence-labels", HOW_TO_CITE, "reader-preview", SiteBuilder.FACTS_ID);

	/**
	 * The ids of {@link #LAYOUT_IDS} that every page carries (the layout's header and footer, and
	 * each page template's {@code main} and title), which a link may point at on any page.
	 */
	private static final Set<String> ON_EVERY_PAGE = Set.of("main", "page-title", "site-search", "search-input",
			"footer", "disclaimer", "disclaimer-title");

	/** {@link #LAYOUT_IDS} and the ids of the about page's legend, one per kind of evidence. */
	private static final Set<String> RESERVED_IDS = reservedIds();

	private SiteArticle() {
	}

	/** A loader for the content, knowing every kind of figure. */
	public static ContentLoader contentLoader() {
		return new ContentLoader(FigureKinds.sources());
	}

	/**
	 * Loads the content in {@code contentDir} and renders its article.
	 * @throws InvalidContentException listing every problem found
	 */
	public static RenderedArticle load(Path contentDir) {
		return render(contentLoader().load(contentDir));
	}

	/** @throws InvalidContentException listing every problem found while rendering */
	public static RenderedArticle render(Content content) {
		// A renderer per build: setting up the Markdown parser costs little next to a build, and a
		// start that serves a prebuilt site then never loads it.
		RenderedArticle article = new ArticleRenderer().render(content, layoutIds(content));
		if (content.article().metadata().editorialLimits() == EditorialLimits.ENFORCE) {
			List<ContentProblem> problems = measure(article).problems();
			if (!problems.isEmpty()) {
				throw new InvalidContentException(problems);
			}
		}
		return article;
	}

	/** The article against its readability and size limits, which {@link #render} enforces when asked to. */
	public static EditorialReport measure(RenderedArticle article) {
		return EditorialReport.of(article);
	}

	/**
	 * What the templates put on each page beside the content, for the link check: a link may only
	 * point at an id its page carries (the facts box is on the landing page and the one-page
	 * article only, and only when there are facts). {@code SiteArticleTests} checks every one of
	 * these against the built pages.
	 */
	static LayoutIds layoutIds(Content content) {
		Set<String> facts = (content.facts() != null) ? Set.of(SiteBuilder.FACTS_ID) : Set.of();
		Map<String, Set<String>> onPage = new HashMap<>();
		onPage.put(Routes.HOME, union(Set.of("lead", "contents"), facts));
		onPage.put(Routes.ARTICLE, union(Set.of(HOW_TO_CITE), facts));
		content.sections()
			.forEach((section) -> onPage.put(Routes.section(section.metadata().slug()), Set.of(HOW_TO_CITE)));
		onPage.put(Routes.ABOUT, union(Set.of("evidence-labels"), evidenceAnchors()));
		return new LayoutIds(RESERVED_IDS, ON_EVERY_PAGE, onPage);
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> both = new HashSet<>(first);
		both.addAll(second);
		return both;
	}

	/** The about page's legend: one entry per kind of evidence. */
	private static Set<String> evidenceAnchors() {
		return Arrays.stream(Evidence.values()).map(Evidence::anchor).collect(Collectors.toSet());
	}

	private static Set<String> reservedIds() {
		return Set.copyOf(union(LAYOUT_IDS, evidenceAnchors()));
	}

}
