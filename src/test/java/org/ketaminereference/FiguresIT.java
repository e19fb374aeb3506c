package org.ketaminereference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.MechanismDiagram;
import org.ketaminereference.content.Timeline;
import org.ketaminereference.site.SiteArticle;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures on the running site, read over real HTTP: each where the content places it, each
 * citation in a figure resolving in that page's own reference list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FiguresIT {

	private static final Content CONTENT = SiteArticle.contentLoader().load(Path.of("content"));

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theTimelineIsOnTheLandingPageAndInTheHistorySection() throws Exception {
		for (String path : List.of("/", "/history")) {
			Document page = get(path);
			Element figure = page.selectFirst("main figure.figure-timeline");
			assertThat(figure).as("timeline on %s", path).isNotNull();
			assertThat(figure.selectFirst("figcaption").text()).startsWith(CONTENT.figures().only(Timeline.FIGURE).orElseThrow().title());
			Element svg = figure.selectFirst("svg[role=img]");
			assertThat(page.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
			assertThat(page.getElementById(svg.attr("aria-describedby")).tagName()).isEqualTo("desc");
			List<Element> events = figure.select("details.figure-text ol > li");
			assertThat(events).as("events on %s", path).hasSameSizeAs(CONTENT.figures().only(Timeline.FIGURE).orElseThrow().events());
			events.forEach((event) -> assertResolvingCitation(page, event));
		}
	}

	@Test
	void theMechanismDiagramIsInTheMechanismsSection() throws Exception {
		Document page = get("/mechanisms");
		Element figure = page.selectFirst("main figure.figure-mechanisms");

		assertThat(figure.select("svg[role=img] .diagram-contested")).isNotEmpty();
		List<Element> steps = figure.select("details.figure-text ul > li");
		assertThat(steps).hasSameSizeAs(CONTENT.figures().only(MechanismDiagram.FIGURE).orElseThrow().nodes());
		steps.forEach((step) -> assertResolvingCitation(page, step));
	}

	@Test
	void evidenceTablesShowTheSameLabelAsThePagesReferenceList() throws Exception {
		for (String path : List.of("/mental-health", "/esketamine")) {
			Document page = get(path);
			Element table = page.selectFirst("main .table-wrap[role=region] > table.evidence-table");
			assertThat(table).as("evidence table on %s", path).isNotNull();
			assertThat(page.getElementById(table.parent().attr("aria-labelledby")).tagName()).isEqualTo("caption");
			for (Element row : table.select("tbody tr")) {
				Element entry = assertResolvingCitation(page, row.selectFirst("th[scope=row]"));
				assertThat(row.selectFirst(".evidence").text()).as("label in %s", row.text())
					.isEqualTo(entry.selectFirst(".evidence").text());
			}
		}
	}

	@Test
	void theWholeArticleShowsEachSectionsFiguresOnce() throws Exception {
		Document article = get("/article");

		assertThat(article.select("figure.figure-timeline")).hasSize(1);
		assertThat(article.select("figure.figure-mechanisms")).hasSize(1);
		assertThat(article.select("table.evidence-table")).hasSize(2);
	}

	@Test
	void theStylesheetColoursTheFigures() throws Exception {
		String stylesheet = get("/").selectFirst("link[rel=stylesheet]").attr("href");

		String css = http.send(HttpRequest.newBuilder(uri(stylesheet)).build(), HttpResponse.BodyHandlers.ofString())
			.body();

		assertThat(css).contains(".timeline-marker", ".diagram-contested .diagram-box", ".evidence-table caption");
	}

	/** The marker in {@code element} links to this page's entry, which links back; returns the entry. */
	private static Element assertResolvingCitation(Document page, Element element) {
		Element marker = element.selectFirst("sup.citation a[role=doc-noteref]");
		assertThat(marker).as("citation in: %s", element.text()).isNotNull();
		Element entry = page.getElementById(marker.attr("href").substring(1));
		assertThat(entry).as("entry for %s", marker.attr("href")).isNotNull();
		assertThat(entry.closest("section.references")).isNotNull();
		assertThat(entry.select("a[role=doc-backlink][href=#" + marker.id() + "]")).hasSize(1);
		return entry;
	}

	private Document get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
