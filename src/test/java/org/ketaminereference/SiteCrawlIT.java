package org.ketaminereference;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketaminereference.article.ArticleContentTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application on the real {@code content/} and reads it over real HTTP as a reader's
 * browser would: every page reachable from the landing page, every link and citation on them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteCrawlIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, Document> pages = new LinkedHashMap<>();

	@BeforeAll
	void crawl() throws Exception {
		pages.putAll(SitePages.crawl(port));
	}

	@Test
	void reachesEveryPageFromTheLandingPage() {
		assertThat(pages.keySet()).contains("/", "/article", "/references", "/about", "/changes", "/glossary")
			.containsAll(SitePages.SECTIONS);
	}

	@Test
	void everyPageHasTheLayoutAReaderNeeds() {
		pages.forEach((path, page) -> {
			assertThat(page.select("html").attr("lang")).as("lang of %s", path).isEqualTo("en");
			assertThat(page.select("h1")).as("h1 of %s", path).hasSize(1);
			assertThat(page.title()).as("title of %s", path).isNotBlank();
			assertThat(page.select("meta[name=description]").attr("content")).as("description of %s", path)
				.isNotBlank();
			assertThat(page.select("a.skip-link[href=#main]")).as("skip link of %s", path).hasSize(1);
			assertThat(page.select("main#main")).as("main of %s", path).hasSize(1);
			assertThat(page.select("footer .disclaimer").text()).as("disclaimer of %s", path)
				.contains("not medical advice");
			assertThat(page.select(".feedback")).as("feedback link of %s without reference.feedback-url", path).isEmpty();
			assertThat(page.select("footer a[rel=license]")).as("content licence of %s", path)
				.singleElement()
				.satisfies((link) -> assertThat(link.attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/"))
				.satisfies((link) -> assertThat(link.text()).isEqualTo("CC BY 4.0"));
			// JSON-LD is data that browsers never run, so the CSP allows it; scripts come from a file.
			assertThat(page.select("script:not([src]):not([type=application/ld+json]), [style], style"))
				.as("inline script or style on %s", path)
				.isEmpty();
			assertThat(page.select("header form[role=search][action=/search] input[name=q]")).as("search box on %s", path)
				.hasSize(1);
		});
	}

	@Test
	void everyPageNamesTheSitesOwnIcon() throws Exception {
		Set<String> icons = new HashSet<>();
		pages.values().forEach((page) -> icons.add(page.select("link[rel=icon]").attr("href")));
		String prefix = "data:image/svg+xml,";
		assertThat(icons).singleElement().asString().startsWith(prefix);
		// In the page, to save a request: the same picture as the file it was made from.
		byte[] icon = URLDecoder.decode(icons.iterator().next().substring(prefix.length()), StandardCharsets.UTF_8)
			.getBytes(StandardCharsets.UTF_8);
		try (InputStream file = getClass().getResourceAsStream("/assets/favicon.svg")) {
			assertThat(icon).isEqualTo(file.readAllBytes());
		}
		assertThat(Jsoup.parse(new String(icon, StandardCharsets.UTF_8), Parser.xmlParser()).child(0).tagName())
			.isEqualTo("svg");
	}

	@Test
	void noPageHasADuplicateId() {
		pages.forEach((path, page) -> {
			Set<String> ids = new HashSet<>();
			for (Element element : page.select("[id]")) {
				assertThat(ids.add(element.id())).as("duplicate id '%s' on %s", element.id(), path).isTrue();
			}
		});
	}

	@Test
	void everyFragmentLinkResolves() {
		pages.forEach((path, page) -> {
			for (Element link : page.select("a[href*=#]")) {
				String href = link.attr("href");
				String targetPath = href.startsWith("#") ? path : href.substring(0, href.indexOf('#'));
				String fragment = href.substring(href.indexOf('#') + 1);
				Document target = pages.get(targetPath);
				assertThat(target).as("page of link %s on %s", href, path).isNotNull();
				// "#top" needs no element: the HTML standard scrolls to the top of the document for it
				// (the indicated part of the document), which is what "Back to top" relies on.
				if (fragment.equalsIgnoreCase("top")) {
					continue;
				}
				assertThat(target.getElementById(fragment)).as("target of link %s on %s", href, path).isNotNull();
			}
		});
	}

	@Test
	void everyCitationLinksToAnEntryThatLinksBack() {
		int markers = 0;
		for (Map.Entry<String, Document> entry : pages.entrySet()) {
			Document page = entry.getValue();
			for (Element marker : page.select("sup.citation a[role=doc-noteref]")) {
				markers++;
				String entryId = marker.attr("href").substring(1);
				Element reference = page.getElementById(entryId);
				assertThat(reference).as("entry %s on %s", entryId, entry.getKey()).isNotNull();
				assertThat(reference.select("a[role=doc-backlink][href=#" + marker.id() + "]"))
					.as("back-link to %s on %s", marker.id(), entry.getKey())
					.hasSize(1);
				int number = Integer.parseInt(marker.text());
				assertThat(reference.elementSiblingIndex() + 1).as("number of %s", entryId).isEqualTo(number);
			}
		}
		assertThat(markers).isGreaterThan(100);
	}

	@Test
	void noLiteralCitationSyntaxReachesAReader() {
		pages.forEach((path, page) -> assertThat(page.body().text()).as("text of %s", path).doesNotContain("[@"));
	}

	@Test
	void noServedPageSellsAnythingOrInvitesComments() {
		pages.forEach((path, page) -> ArticleContentTests.assertNoForbiddenText(page.text(), path));
		pages.forEach((path, page) -> assertThat(page.select("form[method=post], textarea, input[type=email]"))
			.as("comment form on %s", path)
			.isEmpty());
	}

	@Test
	void sectionsShowReviewDateReferencesAndNavigation() {
		for (String path : SitePages.SECTIONS) {
			Document page = pages.get(path);
			assertThat(page.select(".reviewed time[datetime]")).as("review date on %s", path).isNotEmpty();
			assertThat(page.select("nav.breadcrumbs a[href=/]")).as("breadcrumbs on %s", path).hasSize(1);
			assertThat(page.select("section.references ol > li")).as("references on %s", path).hasSizeGreaterThan(7);
			assertThat(page.select(".toc-wide a, .toc-narrow a")).as("toc on %s", path).isNotEmpty();
			assertThat(page.select("h2[id] > a.permalink[aria-label]")).as("permalinks on %s", path).isNotEmpty();
		}
		assertThat(pages.get("/history").select(".prev-next a[rel=prev]")).isEmpty();
		assertThat(pages.get("/history").select(".prev-next a[rel=next]").attr("href")).isEqualTo("/mental-health");
		assertThat(pages.get("/esketamine").select(".prev-next a[rel=next]")).isEmpty();
	}

	@Test
	void crisisNoticeOnlyWhereTheContentAsksForIt() {
		assertThat(pages.get("/mental-health").select(".crisis-notice").text()).contains("988");
		assertThat(pages.get("/risks").select(".crisis-notice")).hasSize(1);
		assertThat(pages.get("/history").select(".crisis-notice")).isEmpty();
		long sectionsWithNotice = SitePages.SECTIONS.stream()
			.filter((path) -> !pages.get(path).select(".crisis-notice").isEmpty())
			.count();
		assertThat(pages.get("/article").select(".crisis-notice")).hasSize((int) sectionsWithNotice);
	}

	@Test
	void theWholeArticleHasOneNumberingAndOneReferenceList() {
		Document article = pages.get("/article");
		assertThat(article.select("section.references")).hasSize(1);
		// One entry for each source the article cites, and none for a source it does not cite.
		Set<String> cited = new HashSet<>(article.select("sup.citation a[href^=#ref-]").eachAttr("href"));
		assertThat(article.select("section.references ol > li").eachAttr("id"))
			.containsExactlyInAnyOrderElementsOf(cited.stream().map((href) -> href.substring(1)).toList());
		for (String path : SitePages.SECTIONS) {
			assertThat(article.getElementById(path.substring(1))).as("part %s", path).isNotNull();
		}
	}

	@Test
	void theBibliographyListsEveryEntryWithAnAnchor() {
		Document references = pages.get("/references");
		assertThat(references.select("li[id^=ref-]")).hasSize(70);
		assertThat(references.select("li[id=ref-berman2000] .evidence").text()).isEqualTo("Randomised trial");
		assertThat(references.select("li[id=ref-berman2000] a[href^=https://doi.org/]")).hasSize(1);
		assertThat(references.select("li[id=ref-berman2000] a[href^=https://pubmed.ncbi.nlm.nih.gov/]")).hasSize(1);
	}

	@Test
	void anUnknownPathGetsTheNotFoundPageInTheLayout() throws Exception {
		HttpResponse<String> response = get(SitePages.NOT_FOUND);
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("footer .disclaimer")).hasSize(1);
	}

	@Test
	void otherMethodsGet405WithTheErrorPage() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(uri("/history")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValueSatisfying((allow) -> assertThat(allow)
			.contains("GET"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	@Test
	void headAnswersWithoutABody() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(uri("/history")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("ETag")).isPresent();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return SitePages.get(port, path);
	}

	private URI uri(String path) {
		return SitePages.uri(port, path);
	}

}
