package org.ketaminereference.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ketaminereference.content.ArticleMetadata;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.Evidence;
import org.ketaminereference.content.Reference;
import org.ketaminereference.content.ReferenceName;
import org.ketaminereference.discovery.StructuredData;
import org.ketaminereference.render.Glossary;
import org.ketaminereference.render.KeyPoints;
import org.ketaminereference.render.PageComposer;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.render.TocEntry;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.search.Passage;
import org.ketaminereference.search.SearchIndex;
import org.ketaminereference.search.SearchResults;
import org.ketaminereference.search.StaticSearchIndex;
import org.ketaminereference.text.ReaderText;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds the whole site from loaded content: renders the article once, then every page once
 * through Thymeleaf into bytes, and indexes it for search. Only the search results page, which
 * depends on the query, is rendered per request, through the same layout.
 */
public final class SiteBuilder {

	/** The client-side search library the static export's search page loads, vendored with its licence. */
	private static final String MINISEARCH_VERSION = "7.2.0";

	/** The Porter stemmer the export's search stems a query's words with, as Lucene stems the index's. */
	private static final String STEMMER_VERSION = "2.0.1";

	/** The id of the "At a glance" box's heading (see fragments/parts.html). */
	static final String FACTS_ID = "at-a-glance";

	private final ITemplateEngine templates;

	public SiteBuilder() {
		this.templates = SiteTemplates.engine();
	}

	/**
	 * The site of an article rendered by {@link SiteArticle}. Refuses no content: every content
	 * problem is found while the article is loaded and rendered (see {@link SiteLoader#check()}).
	 */
	public SiteSnapshot build(RenderedArticle article, ReferenceProperties properties) {
		Content content = article.content();
		Glossary glossary = new Glossary(content.glossary());
		SiteAssets assets = SiteAssets.load();
		Map<String, Page> pages = new LinkedHashMap<>(assets.files());

		ArticleMetadata meta = content.article().metadata();
		List<NavLink> nav = article.sections().stream().map((s) -> new NavLink(Routes.section(s.slug()), s.title())).toList();
		SiteInfo site = new SiteInfo(meta.title(), meta.disclaimer(), meta.crisisText(), assets.stylesheet(),
				assets.script(), assets.icon(),
				properties.baseUrl(), nav);

		// The day of the build is the access date the citations give, as for a printed copy.
		CitePages cite = CitePages.of(site, article, LocalDate.now(ZoneOffset.UTC));
		Map<String, Set<NavLink>> citedIn = new LinkedHashMap<>();
		pages.put(Routes.HOME, home(site, article, glossary));
		List<RenderedSection> sections = article.sections();
		for (int i = 0; i < sections.size(); i++) {
			RenderedSection section = sections.get(i);
			NavLink previous = (i > 0) ? nav.get(i - 1) : null;
			NavLink next = (i < sections.size() - 1) ? nav.get(i + 1) : null;
			PageComposer composer = new PageComposer(article, glossary);
			String body = composer.add(section.body());
			composer.references()
				.forEach((reference) -> citedIn.computeIfAbsent(reference.reference().id(), (k) -> new LinkedHashSet<>())
					.add(nav.get(sections.indexOf(section))));
			String feedback = FeedbackLink.forPage(properties.feedbackUrl(), section.title(),
					properties.baseUrl() + Routes.section(section.slug()));
			pages.put(Routes.section(section.slug()),
					section(site, section, body, composer, previous, next, cite.part(section.slug()), feedback));
		}
		pages.put(Routes.ARTICLE, onePageArticle(site, article, cite.part(CitePages.ARTICLE_ID), glossary));
		pages.putAll(cite.files());
		pages.put(Routes.REFERENCES, bibliography(site, article, citedIn));
		pages.put(Routes.ABOUT, about(site, article, glossary));
		pages.put(Routes.GLOSSARY, glossaryPage(site, glossary));
		List<ArticleChange> changes = ArticleChange.newestFirst(article.sections());
		pages.put(Routes.CHANGES, changes(site, changes));
		pages.put(Routes.CHANGES_FEED, ChangesFeed.of(site, changes, content.articleLastReviewed()));
		// Last: the sitemap lists the pages built before it.
		pages.putAll(SearchEngineFiles.of(pages, content, properties.baseUrl()));

		Map<String, String> redirects = new LinkedHashMap<>();
		for (RenderedSection section : sections) {
			section.metadata().aliases().forEach((alias) -> redirects.put(Routes.section(alias), Routes.section(section.slug())));
		}
		Page notFound = render("not-found", site, pageInfo(Routes.NOT_FOUND, ReaderText.NOT_FOUND_TITLE.text(), site,
				ReaderText.NOT_FOUND_DESCRIPTION.text()), Map.of());
		Page error = render("error", site, pageInfo(Routes.ERROR, ReaderText.ERROR_TITLE.text(), site,
				ReaderText.ERROR_DESCRIPTION.text()), Map.of());
		return new SiteSnapshot(pages, redirects, notFound, error, lastReviewed(content), site,
				SearchIndex.of(article));
	}

	/**
	 * The search results page for a query, in the layout of the snapshot it searches. Never
	 * indexed by search engines: it only repeats the article's text.
	 */
	public Page searchPage(SiteSnapshot snapshot, String query, boolean correctSpelling) {
		SearchResults results = snapshot.search().search(query, correctSpelling);
		SiteInfo site = snapshot.site();
		String title = results.query().isEmpty() ? ReaderText.SEARCH_TITLE.text()
				: ReaderText.SEARCH_TITLE_FOR.text(results.query());
		PageInfo page = new PageInfo(Routes.SEARCH, ReaderText.SEARCH_TITLE.text(),
				ReaderText.PAGE_TITLE.text(title, site.title()), ReaderText.SEARCH_DESCRIPTION.text());
		return render("search", site, page, Map.of("results", results, "searchQuery", results.query(), "noindex", true));
	}

	/**
	 * What the static export adds for search, where no server answers a query: a search page at
	 * {@code /search} that searches in the browser with MiniSearch (loaded by that page only),
	 * the index it searches ({@link StaticSearchIndex}, from the passages the server indexes),
	 * and MiniSearch's licence. Without JavaScript the page lists every section and heading.
	 */
	public Map<String, Page> staticSearch(SiteSnapshot snapshot) {
		SiteInfo site = snapshot.site();
		Map<String, Page> files = new LinkedHashMap<>();
		String library = vendored(files, "minisearch-" + MINISEARCH_VERSION, ".min.js");
		String stemmer = vendored(files, "stemmer-" + STEMMER_VERSION, ".js");
		String script = SiteAssets.add(files, "search", "js", Page.of(SiteAssets.JAVASCRIPT, SiteAssets.readClasspath("assets/search.js")));
		String index = SiteAssets.add(files, "search-index", "json",
				Page.of("application/json", StaticSearchIndex.json(snapshot.search())));
		String text = SiteAssets.add(files, "search-text", "json",
				Page.of("application/json", StaticSearchIndex.text(snapshot.search())));
		Map<NavLink, List<NavLink>> headings = new LinkedHashMap<>();
		for (Passage passage : snapshot.search().passages()) {
			if (passage.kind() == Passage.Kind.SECTION) {
				List<NavLink> section = headings.computeIfAbsent(new NavLink(passage.pagePath(), passage.pageTitle()),
						(key) -> new ArrayList<>());
				if (passage.anchor() != null) {
					section.add(new NavLink(passage.href(), passage.heading()));
				}
			}
		}
		PageInfo page = new PageInfo(Routes.SEARCH, ReaderText.SEARCH_TITLE.text(),
				ReaderText.PAGE_TITLE.text(ReaderText.SEARCH_TITLE.text(), site.title()), ReaderText.SEARCH_DESCRIPTION.text());
		files.put(Routes.SEARCH, render("search-static", site, page, Map.of("headings", headings, "library", library,
				"stemmer", stemmer, "searchScript", script, "index", index, "text", text, "preloads", List.of(index, text),
				"maxLength", SearchIndex.MAX_QUERY_LENGTH, "noindex", true)));
		return files;
	}

	/** Adds a vendored script as a hashed asset and its licence beside it; returns the script's path. */
	private static String vendored(Map<String, Page> files, String name, String suffix) {
		files.put(Routes.ASSETS + name + ".LICENSE.txt",
				Page.of("text/plain;charset=UTF-8", SiteAssets.readClasspath("assets/vendor/" + name + ".LICENSE.txt")));
		return SiteAssets.add(files, name, "js",
				Page.of(SiteAssets.JAVASCRIPT, SiteAssets.readClasspath("assets/vendor/" + name + suffix)));
	}

	private Page home(SiteInfo site, RenderedArticle article, Glossary glossary) {
		PageComposer composer = new PageComposer(article, glossary);
		String lead = composer.add(article.lead());
		// After the lead, as the page shows it, so that its citations are numbered on from the lead's.
		String facts = (article.facts() != null) ? composer.add(article.facts()) : "";
		List<SectionCard> cards = article.sections()
			.stream()
			.map((section) -> new SectionCard(Routes.section(section.slug()), section.title(), section.metadata().summary(),
					TocEntry.of(section.body().headings(), Routes.section(section.slug()))))
			.toList();
		ArticleMetadata meta = article.content().article().metadata();
		PageInfo page = new PageInfo(Routes.HOME, meta.title(), meta.title(), meta.summary());
		return render("home", site, page,
				Map.of("lead", lead, "facts", facts, "references", composer.references(), "cards", cards,
						"lastReviewed", meta.lastReviewed(), "terms", composer.terms()),
				SharingMetadata.medical("website", site, page, meta.lastReviewed(), composer.references(), List.of()));
	}

	private Page section(SiteInfo site, RenderedSection section, String body, PageComposer composer, NavLink previous,
			NavLink next, CiteThisPage cite, String feedback) {
		Map<String, Object> model = new LinkedHashMap<>();
		if (feedback != null) {
			model.put("feedback", feedback);
		}
		model.put("section", section.metadata());
		model.put("body", body);
		model.put("readingTime", ReadingTime.of(body));
		model.put("terms", composer.terms());
		model.put("toc", TocEntry.of(section.body().headings(), ""));
		model.put("references", composer.references());
		model.put("changes", section.metadata().changes());
		model.put("cite", cite);
		if (previous != null) {
			model.put("previous", previous);
		}
		if (next != null) {
			model.put("next", next);
		}
		PageInfo page = pageInfo(Routes.section(section.slug()), section.title(), site, section.metadata().summary());
		return render("section", site, page, model, SharingMetadata.medical("article", site, page,
				section.metadata().lastReviewed(), composer.references(), List.of()));
	}

	private Page onePageArticle(SiteInfo site, RenderedArticle article, CiteThisPage cite, Glossary glossary) {
		PageComposer composer = new PageComposer(article, glossary);
		List<Map<String, Object>> parts = new ArrayList<>();
		List<TocEntry> toc = new ArrayList<>();
		// The facts box comes first on the page, so its citations are numbered first.
		String facts = (article.facts() != null) ? composer.add(article.facts()) : "";
		if (!facts.isEmpty()) {
			toc.add(new TocEntry("#" + FACTS_ID, ReaderText.FACTS_TITLE.text(), List.of()));
		}
		for (RenderedSection section : article.sections()) {
			String body = composer.addToOnePage(section);
			parts.add(Map.of("section", section.metadata(), "body", body, "readingTime", ReadingTime.of(body)));
			toc.add(new TocEntry("#" + section.slug(), section.title(),
					KeyPoints.forOnePage(TocEntry.topLevel(section.body().headings(), ""), section.slug())));
		}
		ArticleMetadata meta = article.content().article().metadata();
		PageInfo page = new PageInfo(Routes.ARTICLE, meta.title(),
				ReaderText.PAGE_TITLE.text(ReaderText.ARTICLE_TITLE.text(), meta.title()),
				ReaderText.ARTICLE_DESCRIPTION.text(meta.summary()));
		List<StructuredData.WebPage> sectionPages = article.sections()
			.stream()
			.map((section) -> new StructuredData.WebPage(site.baseUrl() + Routes.section(section.slug()), section.title(),
					section.metadata().summary(), section.metadata().lastReviewed()))
			.toList();
		return render("article", site, page,
				Map.of("parts", parts, "facts", facts, "toc", toc, "references", composer.references(), "cite", cite,
						"terms", composer.terms()),
				SharingMetadata.medical("article", site, page, article.content().articleLastReviewed(),
						composer.references(), sectionPages));
	}

	private Page bibliography(SiteInfo site, RenderedArticle article, Map<String, Set<NavLink>> citedIn) {
		List<Reference> references = article.content()
			.references()
			.stream()
			.sorted(Comparator.comparing(SiteBuilder::sortKey))
			.toList();
		List<Map<String, Object>> entries = references.stream()
			.map((reference) -> Map.<String, Object>of("reference", reference, "formatted",
					article.formattedReferences().get(reference.id()), "anchor", Routes.referenceAnchor(reference.id()), "citedIn",
					List.copyOf(citedIn.getOrDefault(reference.id(), Set.of()))))
			.toList();
		PageInfo page = pageInfo(Routes.REFERENCES, ReaderText.REFERENCES_TITLE.text(), site,
				ReaderText.REFERENCES_DESCRIPTION.text());
		return render("references", site, page, Map.of("entries", entries),
				SharingMetadata.bibliography(site, page, references));
	}

	/** The about page, followed by the legend of the evidence labels that references carry. */
	private Page about(SiteInfo site, RenderedArticle article, Glossary glossary) {
		var about = article.content().about().metadata();
		PageComposer composer = new PageComposer(article, glossary);
		List<TocEntry> toc = new ArrayList<>(TocEntry.of(article.about().headings(), ""));
		toc.add(new TocEntry("#evidence-labels", ReaderText.EVIDENCE_LEGEND_TITLE.text(), List.of()));
		return render("about", site, pageInfo(Routes.ABOUT, about.title(), site, about.summary()), Map.of("body", composer.add(article.about()), "lastReviewed", about.lastReviewed(),
						"toc", toc, "terms", composer.terms(), "legendTitle", ReaderText.EVIDENCE_LEGEND_TITLE.text(), "evidence",
						List.of(Evidence.values())));
	}

	private Page glossaryPage(SiteInfo site, Glossary glossary) {
		return render("glossary", site, pageInfo(Routes.GLOSSARY, ReaderText.GLOSSARY_TITLE.text(), site,
				ReaderText.GLOSSARY_DESCRIPTION.text()),
				Map.of("entries", glossary.alphabetical()));
	}

	private Page changes(SiteInfo site, List<ArticleChange> changes) {
		return render("changes", site, pageInfo(Routes.CHANGES, ReaderText.CHANGES_TITLE.text(), site,
				ReaderText.CHANGES_DESCRIPTION.text()),
				Map.of("changes", changes, "feed", Routes.CHANGES_FEED));
	}

	/** A page whose document title is its heading followed by the site's title. */
	private static PageInfo pageInfo(String path, String heading, SiteInfo site, String description) {
		return new PageInfo(path, heading, ReaderText.PAGE_TITLE.text(heading, site.title()), description);
	}

	private Page render(String template, SiteInfo site, PageInfo page, Map<String, Object> model) {
		return render(template, site, page, model, SharingMetadata.website(site, page));
	}

	private Page render(String template, SiteInfo site, PageInfo page, Map<String, Object> model,
			SharingMetadata sharing) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(model);
		context.setVariable("site", site);
		context.setVariable("page", page);
		context.setVariable("sharing", sharing);
		context.setVariable("paths", Routes.PAGES_BY_NAME);
		return Page.html(Indentation.remove(templates.process(template, context)));
	}

	/** Alphabetical by first author, then year, as a reader scans a bibliography. */
	private static String sortKey(Reference reference) {
		ReferenceName first = reference.author().get(0);
		String name = (first.family() != null) ? first.family() : first.literal();
		String year = (reference.issued() != null) ? String.valueOf(reference.issued().year()) : "9999";
		return name.toLowerCase(Locale.ROOT) + " " + year + " " + reference.id();
	}

	private static Instant lastReviewed(Content content) {
		LocalDate latest = Stream
			.concat(Stream.of(content.article().metadata().lastReviewed(), content.about().metadata().lastReviewed()),
					content.sections().stream().map((s) -> s.metadata().lastReviewed()))
			.max(LocalDate::compareTo)
			.orElseThrow();
		return latest.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
