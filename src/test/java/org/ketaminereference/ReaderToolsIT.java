package org.ketaminereference;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminereference.content.Evidence;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader tools on the real content over real HTTP: search, the glossary and its marked
 * terms, the evidence legend and the script that adds previews.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderToolsIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Nested
	class Search {

		@Test
		void findsOtherFormsOfAWordAndLinksStraightToTheHeading() throws Exception {
			HttpResponse<String> response = search("receptors");
			Document page = Jsoup.parse(response.body());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
			Element first = page.selectFirst("ol.search-results > li");
			Element link = first.selectFirst("h2 > a");
			assertThat(link.attr("href")).isEqualTo("/mechanisms#glutamate-and-the-nmda-receptor");
			assertThat(link.text()).isEqualTo("Glutamate and the NMDA receptor");
			assertThat(first.select(".result-section a[href=/mechanisms]").text()).isEqualTo("How ketamine works");
			assertThat(first.select(".snippet mark")).isNotEmpty()
				.allSatisfy((mark) -> assertThat(mark.text()).startsWithIgnoringCase("receptor"));
			Document target = get("/mechanisms");
			assertThat(target.getElementById("glutamate-and-the-nmda-receptor").text()).contains(link.text());
		}

		@Test
		void showsWhatANearSpellingFindsAndLinksToWhatWasTyped() throws Exception {
			Document page = Jsoup.parse(search("dissociaton").body());

			assertThat(page.select(".search-status").text()).contains("showing results for “dissociation”");
			Element typed = page.selectFirst(".search-status a");
			assertThat(typed.text()).isEqualTo("dissociaton");
			assertThat(page.select("ol.search-results > li")).isNotEmpty();
			Document asTyped = get(typed.attr("href"));
			assertThat(asTyped.select(".search-status").text()).contains("Nothing in the article matches “dissociaton”");
			assertThat(asTyped.select("ol.search-results")).isEmpty();
		}

		@Test
		void findsAReferenceByItsAuthorWithTheSectionsThatCiteIt() throws Exception {
			Element first = Jsoup.parse(search("Berman").body()).selectFirst("ol.search-results > li");

			String href = first.selectFirst("h2 > a").attr("href");
			assertThat(href).isEqualTo("/references#ref-berman2000");
			assertThat(get("/references").getElementById("ref-berman2000")).isNotNull();
			assertThat(first.select(".result-cited a").eachAttr("href")).contains("/mental-health");
			assertThat(first.select(".snippet mark").eachText()).contains("Berman");
		}

		@Test
		void isInTheSiteLayoutAndNotIndexedOrStored() throws Exception {
			HttpResponse<String> response = search("bladder");
			Document page = Jsoup.parse(response.body());

			assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
			assertThat(page.select("h1").text()).isEqualTo("Search");
			assertThat(page.title()).contains("bladder");
			assertThat(page.select("header form[role=search] input[name=q]").val()).isEqualTo("bladder");
			assertThat(page.select("footer .disclaimer")).hasSize(1);
			assertThat(page.select("a.skip-link[href=#main]")).hasSize(1);
			assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo(get("/").select("link[rel=stylesheet]")
				.attr("href"));
			assertThat(page.select("script:not([src]):not([type=application/ld+json]), [style], style")).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "\"unbalanced", "(ketamine", "ketamine)", "+-|", "*", "AND OR NOT", "\\", "~",
				"кетамин", "氯胺酮", "the of and", "‮reversed", "%00", "a\u0000b" })
		void oddQueriesGetAPageNeverAnError(String query) throws Exception {
			HttpResponse<String> response = search(query);
			Document page = Jsoup.parse(response.body());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(page.select("h1").text()).isEqualTo("Search");
			assertThat(page.select(".search-status").text()).isNotBlank();
			assertThat(response.body()).doesNotContain("Exception", "at org.");
		}

		@Test
		void markupInAQueryIsShownAsText() throws Exception {
			Document page = Jsoup.parse(search("<script>alert(1)</script><b onmouseover=x>").body());

			assertThat(page.select("script:not([src]):not([type=application/ld+json]), b, [onmouseover]")).isEmpty();
			assertThat(page.select(".search-status").text()).contains("<script>alert(1)</script>");
		}

		@Test
		void aQueryOverTheLimitIsExplainedAndNotEchoedInFull() throws Exception {
			Document page = Jsoup.parse(search("a".repeat(500)).body());

			assertThat(page.select(".search-status").text()).contains("500 characters", "limit is 200");
			assertThat(page.select("ol.search-results")).isEmpty();
			assertThat(page.select("#search-input").val()).hasSize(200);
			assertThat(page.select("#search-input").attr("maxlength")).isEqualTo("200");
		}

		@Test
		void noQueryExplainsHowToSearch() throws Exception {
			for (String path : List.of("/search", "/search?q=", "/search?q=+++")) {
				HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(Jsoup.parse(response.body()).select(".search-status").text()).as(path).contains("search box");
			}
		}

		@Test
		void headAnswersWithoutABodyAndOtherMethodsGet405() throws Exception {
			HttpResponse<String> head = send(
					HttpRequest.newBuilder(uri("/search?q=ketamine")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
			HttpResponse<String> post = send(
					HttpRequest.newBuilder(uri("/search")).POST(HttpRequest.BodyPublishers.ofString("q=ketamine")));

			assertThat(head.statusCode()).isEqualTo(200);
			assertThat(head.body()).isEmpty();
			assertThat(post.statusCode()).isEqualTo(405);
		}

		@Test
		void everyPageHasTheSearchBox() throws Exception {
			for (String path : List.of("/", "/article", "/references", "/about", "/glossary", "/mechanisms")) {
				Element form = get(path).selectFirst("header form[role=search]");
				assertThat(form).as("search form on %s", path).isNotNull();
				assertThat(form.attr("action")).isEqualTo("/search");
				assertThat(form.attr("method")).isEqualTo("get");
				Element input = form.selectFirst("input[name=q]");
				assertThat(form.select("label[for=" + input.id() + "]").text()).isEqualTo("Search the article");
				assertThat(form.select("button[type=submit]").text()).isEqualTo("Search");
			}
		}

	}

	@Nested
	class Glossary {

		@Test
		void listsEveryTermAlphabeticallyWithAnAnchor() throws Exception {
			Document page = get("/glossary");
			List<String> terms = page.select(".glossary-entry dt dfn").eachText();

			assertThat(page.select("h1").text()).isEqualTo("Glossary");
			assertThat(terms).hasSizeGreaterThan(30).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
			assertThat(terms).contains("NMDA receptor", "Glutamate", "Brain-derived neurotrophic factor",
					"Mechanistic target of rapamycin", "Synaptogenesis", "Dissociation", "Enantiomer",
					"Treatment-resistant depression", "Post-traumatic stress disorder",
					"Risk Evaluation and Mitigation Strategy", "Midazolam", "Active placebo", "Open-label",
					"Randomised controlled trial", "Meta-analysis");
			assertThat(page.select(".glossary-entry")).allSatisfy((entry) -> {
				assertThat(entry.id()).startsWith("term-");
				assertThat(entry.select("dd").text()).isNotBlank();
			});
			assertThat(page.select("#term-post-traumatic-stress-disorder dt abbr").text()).isEqualTo("PTSD");
		}

		@Test
		void isLinkedFromTheFooterOfEveryPage() throws Exception {
			for (String path : List.of("/", "/mechanisms", "/about")) {
				assertThat(get(path).select("footer nav a[href=/glossary]").text()).as(path).isEqualTo("Glossary");
			}
			assertThat(get("/glossary").select("footer a[href=/glossary]").attr("aria-current")).isEqualTo("page");
		}

		@Test
		void eachTermIsMarkedOnceOnAPageAndDescribedByItsDefinition() throws Exception {
			Document glossary = get("/glossary");
			for (String path : SitePages.SECTIONS) {
				Document page = get(path);
				List<String> marked = new ArrayList<>();
				for (Element term : page.select("main a.term")) {
					String id = term.attr("aria-describedby");
					marked.add(id);
					assertThat(term.attr("href")).isEqualTo("/glossary#" + id);
					assertThat(glossary.getElementById(id)).as("entry %s", id).isNotNull();
					Element definition = page.getElementById(id);
					assertThat(definition.closest(".term-definitions").hasAttr("hidden")).isTrue();
					assertThat(definition.text()).endsWith(glossary.getElementById(id).select("dd").text());
					assertThat(term.select("dfn, abbr")).hasSize(1);
					assertThat(term.parents()).noneMatch((parent) -> parent.is("h1, h2, h3, a, sup"));
				}
				assertThat(marked).as("terms on %s", path).isNotEmpty().doesNotHaveDuplicates();
				assertThat(page.select(".term-definitions > p")).hasSameSizeAs(marked);
			}
		}

		@Test
		void theWholeArticleMarksEachTermOnceForAllSections() throws Exception {
			Document article = get("/article");
			List<String> marked = article.select("main a.term").eachAttr("aria-describedby");

			assertThat(marked).doesNotHaveDuplicates().contains("term-nmda-receptor", "term-post-traumatic-stress-disorder");
		}

	}

	@Test
	void theAboutPageExplainsEveryEvidenceLabel() throws Exception {
		Document about = get("/about");

		assertThat(about.select(".toc-wide a[href=#evidence-labels]")).hasSize(1);
		assertThat(about.getElementById("evidence-labels").text()).isEqualTo("Kinds of evidence");
		for (Evidence kind : Evidence.values()) {
			Element entry = about.getElementById("evidence-" + kind.code());
			assertThat(entry).as("legend entry for %s", kind).isNotNull();
			assertThat(entry.select("dt .evidence").text()).isEqualTo(kind.label());
			assertThat(entry.select("dd").text()).isEqualTo(kind.description());
		}
	}

	@Test
	void referencesThatPreviewsCloneCarryTheWholeEntryAndItsLabel() throws Exception {
		Document page = get("/mental-health");

		assertThat(page.select("section.references[role=doc-endnotes]")).hasSize(1);
		for (Element marker : page.select("sup.citation a[role=doc-noteref]")) {
			Element entry = page.getElementById(marker.attr("href").substring(1));
			assertThat(entry.select(".entry").text()).as("entry of %s", marker.id()).isNotBlank();
			assertThat(entry.select(".evidence").text()).as("label of %s", marker.id()).isNotBlank();
		}
		Element berman = page.getElementById("ref-berman2000");
		assertThat(berman.select(".entry").text()).contains("Berman", "2000");
		assertThat(berman.select(".entry a[href^=https://doi.org/]")).hasSize(1);
		assertThat(berman.select(".evidence").text()).isEqualTo("Randomised trial");
	}

	@Nested
	class Script {

		@Test
		void everyPageLoadsTheOneScriptFromAHashedUrlInItsHead() throws Exception {
			String src = null;
			for (String path : List.of("/", "/mechanisms", "/article", "/glossary", "/search?q=bdnf")) {
				Element script = get(path).selectFirst("head script[src]");
				assertThat(script).as("script on %s", path).isNotNull();
				assertThat(script.attr("src")).matches("/assets/site\\.[0-9a-f]{12}\\.js");
				// Not deferred: it sets the reader's theme before the first paint (the rest waits for the document).
				assertThat(script.hasAttr("defer") || script.hasAttr("async")).isFalse();
				assertThat(script.data()).isEmpty();
				assertThat(get(path).select("script[src]")).hasSize(1);
				assertThat(src == null || src.equals(script.attr("src"))).isTrue();
				src = script.attr("src");
			}
		}

		@Test
		void isServedAsJavaScriptCachedForAYear() throws Exception {
			String src = get("/").selectFirst("head script[src]").attr("src");
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(src)).GET());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
			assertThat(response.body()).isEqualTo(classpath("assets/site.js") + "\n");
		}

		@Test
		void theStylesheetIncludesTheReaderToolsRules() throws Exception {
			String href = get("/").selectFirst("link[rel=stylesheet]").attr("href");

			assertThat(send(HttpRequest.newBuilder(uri(href)).GET()).body()).contains(classpath("assets/reader-tools.css"));
		}

	}

	private HttpResponse<String> search(String query) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET());
	}

	private Document get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String classpath(String path) throws IOException {
		try (InputStream in = ReaderToolsIT.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
