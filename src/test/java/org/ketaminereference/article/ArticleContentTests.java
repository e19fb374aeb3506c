package org.ketaminereference.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.EditorialLimits;
import org.ketaminereference.content.Facts;
import org.ketaminereference.content.Reference;
import org.ketaminereference.render.ArticleRenderer;
import org.ketaminereference.render.LayoutIds;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.site.SiteArticle;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial rules, checked on the real {@code content/}: every section is there, long enough
 * and well cited; every paragraph carries a citation; the bibliography is the checked one; and
 * nothing that sells or invites comments is published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ArticleContentTests {

	static final List<String> SLUGS = List.of("history", "mental-health", "mechanisms", "risks", "esketamine");

	/** Phrases of advertising, selling or comment forms, found in the document this project started from. */
	static final List<String> FORBIDDEN = List.of("buy", "order online", "cheap", "discount", "no prescription",
			"leave a reply", "your email address will not be published", "coupon", "free shipping");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%-]*");

	private Content content;

	private RenderedArticle article;

	@BeforeAll
	void load() {
		content = SiteArticle.contentLoader().load(Path.of("content"));
		article = new ArticleRenderer().render(content, new LayoutIds(Set.of("main"), Set.of(), Map.of()));
	}

	@Test
	void hasTheFiveSectionsInOrder() {
		assertThat(article.sections()).extracting(RenderedSection::slug).containsExactlyElementsOf(SLUGS);
	}

	@Test
	void eachSectionIsWithinTheWordRange() {
		for (RenderedSection section : article.sections()) {
			Element body = body(section);
			// The range is for the prose; figures and evidence tables repeat it in another form.
			body.select("sup.citation, figure, table.evidence-table").remove();
			long words = WORD.matcher(body.text()).results().count();
			assertThat(words).as("words in %s", section.slug()).isBetween(1200L, 3000L);
		}
	}

	@Test
	void eachSectionCitesAtLeastTwelveSources() {
		for (RenderedSection section : article.sections()) {
			assertThat(citedKeys(body(section))).as("distinct sources in %s", section.slug()).hasSizeGreaterThanOrEqualTo(12);
		}
	}

	/**
	 * The article meets every readability and size limit, and article.md holds it to them, so that
	 * a start and {@code --check} refuse a change that breaks one.
	 */
	@Test
	void theArticleMeetsItsEditorialLimitsAndEnforcesThem() {
		assertThat(content.article().metadata().editorialLimits()).isEqualTo(EditorialLimits.ENFORCE);
		assertThat(SiteArticle.measure(article).problems()).map(Object::toString).isEmpty();
	}

	@Test
	void everyBodyParagraphCarriesACitation() {
		List<Element> bodies = new ArrayList<>();
		article.sections().forEach((section) -> bodies.add(body(section)));
		bodies.add(Jsoup.parseBodyFragment(article.lead().html()).body());
		for (Element body : bodies) {
			for (Element block : body.select("p, li, tbody tr")) {
				Element own = block.clone();
				own.select("ul, ol").remove();
				if (own.text().isBlank()) {
					continue;
				}
				assertThat(own.select("sup.citation")).as("citation in: %s", own.text()).isNotEmpty();
			}
		}
	}

	@Test
	void everyBibliographyEntryIsCitedSomewhere() {
		Set<String> cited = new HashSet<>(citedKeys(Jsoup.parseBodyFragment(article.lead().html()).body()));
		cited.addAll(citedKeys(Jsoup.parseBodyFragment(article.facts().html()).body()));
		article.sections().forEach((section) -> cited.addAll(citedKeys(body(section))));
		Set<String> uncited = new HashSet<>(content.referencesById().keySet());
		uncited.removeAll(cited);
		assertThat(uncited).as("references cited nowhere").isEmpty();
	}

	@Test
	void theFactsBoxCoversWhatTheBriefAsksForAndCitesEveryValue() {
		assertThat(content.facts().facts()).extracting(Facts.Fact::label)
			.containsExactly("Drug class", "Forms and routes", "Brand names", "First made", "US approvals",
					"Controlled drug", "WHO essential medicine", "Main risks");
		Element box = Jsoup.parseBodyFragment(article.facts().html()).body();
		assertThat(box.select("dl > dd")).isNotEmpty()
			.allSatisfy((value) -> assertThat(value.select("sup.citation")).as(value.text()).isNotEmpty());
	}

	@Test
	void sectionsCarryReviewDatesAndTheCrisisNoticeWhereNeeded() {
		for (RenderedSection section : article.sections()) {
			assertThat(section.metadata().lastReviewed()).as("review date of %s", section.slug()).isNotNull();
			// Every section that discusses suicide or suicidal thoughts carries the notice (rule 10 of the brief).
			boolean needsNotice = Set.of("mental-health", "risks", "esketamine").contains(section.slug());
			assertThat(section.metadata().crisisNotice()).as("crisis notice on %s", section.slug()).isEqualTo(needsNotice);
		}
	}

	@Test
	void identifiersAreExactlyTheCheckedOnes() throws IOException {
		Map<String, Map<String, Object>> brief = briefEntries();
		for (Reference reference : content.references()) {
			Map<String, Object> checked = brief.get(reference.id());
			assertThat(checked).as("entry %s in the brief's bibliography", reference.id()).isNotNull();
			assertThat(reference.doi()).as("DOI of %s", reference.id()).isEqualTo(string(checked.get("DOI")));
			assertThat(reference.pmid()).as("PMID of %s", reference.id()).isEqualTo(string(checked.get("PMID")));
			assertThat(reference.pmcid()).as("PMCID of %s", reference.id()).isEqualTo(string(checked.get("PMCID")));
			assertThat(reference.url()).as("URL of %s", reference.id()).isEqualTo(string(checked.get("URL")));
		}
	}

	@Test
	void theProseContainsNoIdentifiers() throws IOException {
		for (Path file : markdownFiles()) {
			String text = Files.readString(file);
			assertThat(text).as("identifier in %s", file).doesNotContainPattern("10\\.\\d{4,9}/")
				.doesNotContainPattern("(?i)https?://")
				.doesNotContainPattern("(?i)\\bPMID\\b");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "article.md", "about.md", "references.yaml" })
	void contentFilesHaveNoForbiddenText(String file) throws IOException {
		assertNoForbiddenText(Files.readString(Path.of("content", file)), file);
	}

	@Test
	void sectionFilesHaveNoForbiddenText() throws IOException {
		for (Path file : markdownFiles()) {
			assertNoForbiddenText(Files.readString(file), file.toString());
		}
	}

	/** Shared with the crawl test, which checks every served page. */
	public static void assertNoForbiddenText(String text, String where) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String phrase : FORBIDDEN) {
			assertThat(Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(lower).find())
				.as("'%s' in %s", phrase, where)
				.isFalse();
		}
	}

	private static List<Path> markdownFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("content"))) {
			return files.filter((path) -> path.toString().endsWith(".md")).sorted().toList();
		}
	}

	private static Element body(RenderedSection section) {
		return Jsoup.parseBodyFragment(section.body().html()).body();
	}

	private static Set<String> citedKeys(Element body) {
		Set<String> keys = new HashSet<>();
		body.select("sup.citation[data-cite]").forEach((marker) -> keys.addAll(List.of(marker.attr("data-cite").split(" "))));
		return keys;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> briefEntries() throws IOException {
		Map<String, Object> root = new Yaml().load(Files.readString(Path.of("src/test/resources/brief-references.yaml")));
		Map<String, Map<String, Object>> byId = new HashMap<>();
		for (Object item : (List<Object>) root.get("references")) {
			Map<String, Object> entry = (Map<String, Object>) item;
			byId.put(String.valueOf(entry.get("id")), entry);
		}
		return byId;
	}

	private static String string(Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

}
