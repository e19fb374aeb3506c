package org.ketaminereference.site;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.ContentLoader;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.EditorialLimits;
import org.ketaminereference.content.Evidence;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.figures.FigureKinds;
import org.ketaminereference.readability.EditorialReport;
import org.ketaminereference.render.ArticleRenderer;
import org.ketaminereference.render.RenderedArticle;

/**
 * The content loaded and the article rendered as the site renders it: with every kind of figure,
 * and no heading may take an id that the layout or the about page's legend of evidence labels
 * uses. The one way to do it, shared by the site build (and so {@code --check}, see
 * {@link SiteLoader#check()}), the anchors lock and the benchmarks, so that a check can never
 * pass content that a start then refuses.
 */
public final class SiteArticle {

	/** Ids the layout and page templates use. */
	private static final Set<String> LAYOUT_IDS = Set.of("main", "top", "toc", "toc-title", "contents", "references",
			"references-title", "crisis-title", "disclaimer-title", "site-search", "search-input", "disclaimer",
			"crisis-notice", "breadcrumbs", "page-title", "sections", "section-list", "footer", "lead", "reviewed",
			"changes", "evidence-labels", "how-to-cite", "reader-preview", SiteBuilder.FACTS_ID);

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
		RenderedArticle article = new ArticleRenderer().render(content, RESERVED_IDS);
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

	private static Set<String> reservedIds() {
		Set<String> ids = new HashSet<>(LAYOUT_IDS);
		Arrays.stream(Evidence.values()).map(Evidence::anchor).forEach(ids::add);
		return Set.copyOf(ids);
	}

}
