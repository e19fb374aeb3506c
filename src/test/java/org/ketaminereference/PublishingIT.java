package org.ketaminereference;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISConverter;
import org.jsoup.Jsoup;
import org.ketaminereference.content.ChangeEntry;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;
import org.ketaminereference.site.SiteArticle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the site publishes for other programs, read over real HTTP from the real content: the
 * "Cite this page" part and its files, link-preview and schema.org metadata, the sitemap,
 * robots.txt and the list of changes. The site is built with a public base URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "reference.base-url=" + PublishingIT.BASE_URL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishingIT {

	static final String BASE_URL = "https://ketamine.example";

	private static final List<String> CITABLE = concat(SitePages.SECTIONS, List.of("/article"));

	private static final List<String> HTML_PAGES = concat(List.of("/"),
			concat(CITABLE, List.of("/references", "/about", "/changes", "/glossary")));

	/**
	 * The day the site is built, which citations give as the access date: the site is built as
	 * this test starts (a run across midnight UTC could see the day before).
	 */
	private final LocalDate buildDay = LocalDate.now(ZoneOffset.UTC);

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private final Map<String, Document> pages = new LinkedHashMap<>();

	@BeforeAll
	void fetchPages() throws Exception {
		for (String path : HTML_PAGES) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
			pages.put(path, Jsoup.parse(response.body()));
		}
	}

	@Test
	void eachSectionAndTheArticleOfferCitationsInFourStylesWithTheAccessDate() {
		for (String path : CITABLE) {
			Element cite = pages.get(path).selectFirst("section.cite-this-page[aria-labelledby=how-to-cite]");
			assertThat(cite).as("cite part of %s", path).isNotNull();
			assertThat(cite.select("h2#how-to-cite").text()).isEqualTo("Cite this page");
			assertThat(cite.select(".cite-accessed").text()).contains("accessed the page on " + day("d MMMM yyyy"));
			assertThat(cite.select("dl.citation-styles > dt").eachText()).containsExactly("AMA", "APA", "Vancouver",
					"Harvard");
			String title = pages.get(path).select("h1").text();
			for (Element citation : cite.select("dl.citation-styles > dd")) {
				assertThat(citation.text()).as("citation on %s", path).contains(title).contains("2026");
				assertThat(citation.select("a[href=" + BASE_URL + path + "]")).as("link on %s", path).hasSize(1);
			}
			assertThat(cite.select("dd").get(0).text()).as("AMA on %s", path).contains("Accessed " + day("MMMM d, yyyy"));
		}
	}

	@Test
	void citationFilesDownloadWithTheirTypeAndFileNameAndReadBack() throws Exception {
		for (String path : CITABLE) {
			Document page = pages.get(path);
			String title = page.select("h1").text();
			Map<String, String> links = new LinkedHashMap<>();
			page.select("ul.citation-files a[href][download]").forEach((link) -> links.put(link.text(), link.attr("href")));
			assertThat(links).as("files of %s", path).containsOnlyKeys("BibTeX", "RIS", "CSL-JSON");

			HttpResponse<String> bibtex = download(links.get("BibTeX"), "application/x-bibtex;charset=UTF-8");
			CSLItemData fromBibtex = new BibTeXConverter().toItemData(new BibTeXConverter().loadDatabase(stream(bibtex)))
				.values()
				.iterator()
				.next();
			assertThat(fromBibtex.getTitle()).isEqualTo(title);
			assertThat(fromBibtex.getURL()).isEqualTo(BASE_URL + path);
			assertThat(fromBibtex.getAccessed().getRaw()).isEqualTo(day("yyyy-MM-dd"));

			HttpResponse<String> ris = download(links.get("RIS"), "application/x-research-info-systems;charset=UTF-8");
			CSLItemData fromRis = new RISConverter().toItemData(new RISConverter().loadLibrary(stream(ris)))
				.values()
				.iterator()
				.next();
			assertThat(fromRis.getTitle()).isEqualTo(title);
			assertThat(fromRis.getURL()).isEqualTo(BASE_URL + path);
			assertThat(fromRis.getAccessed().getRaw()).isEqualTo(day("yyyy/MM/dd"));

			HttpResponse<String> cslJson = download(links.get("CSL-JSON"), "application/vnd.citationstyles.csl+json");
			JsonNode item = JsonMapper.shared().readTree(cslJson.body()).get(0);
			assertThat(item.get("title").asString()).isEqualTo(title);
			assertThat(item.get("URL").asString()).isEqualTo(BASE_URL + path);
			assertThat(item.at("/accessed/date-parts/0").toString()).isEqualTo(day("'['yyyy,M,d']'"));
			String reviewed = (path.equals("/article") ? pages.get("/") : page).select(".reviewed time").attr("datetime");
			assertThat(item.at("/issued/date-parts/0/0").asInt()).isEqualTo(Integer.parseInt(reviewed.substring(0, 4)));
		}
	}

	@Test
	void everyPageHasLinkPreviewTagsThatMatchIt() {
		pages.forEach((path, page) -> {
			String canonical = page.select("link[rel=canonical]").attr("href");
			assertThat(canonical).as("canonical of %s", path).isEqualTo(BASE_URL + path);
			assertThat(meta(page, "og:url")).as("og:url of %s", path).isEqualTo(canonical);
			assertThat(meta(page, "og:title")).as("og:title of %s", path).isEqualTo(page.select("h1").text());
			assertThat(meta(page, "og:description")).as("og:description of %s", path)
				.isEqualTo(page.select("meta[name=description]").attr("content"));
			assertThat(meta(page, "og:site_name")).isEqualTo("Ketamine: an evidence-based reference");
			assertThat(meta(page, "og:locale")).isEqualTo("en_GB");
			assertThat(meta(page, "og:type")).as("og:type of %s", path)
				.isEqualTo(CITABLE.contains(path) ? "article" : "website");
			assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
			assertThat(page.select("meta[name=twitter:title]").attr("content")).isEqualTo(meta(page, "og:title"));
		});
	}

	@Test
	void everyPageDescribesItselfInJsonLd() {
		pages.forEach((path, page) -> {
			JsonNode json = jsonLd(page);
			assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
			assertThat(json.get("url").asString()).as("url of %s", path).isEqualTo(BASE_URL + path);
			assertThat(json.get("name").asString()).as("name of %s", path).isEqualTo(page.select("h1").text());
			assertThat(json.get("description").asString()).isEqualTo(page.select("meta[name=description]").attr("content"));
			assertThat(json.at("/publisher/name").asString()).isEqualTo("Ketamine: an evidence-based reference");
			assertThat(json.get("license").asString()).as("licence of %s", path)
				.isEqualTo(page.select("footer a[rel=license]").attr("href"));
		});
	}

	@Test
	void theArticlesPagesAreMedicalWebPagesCitingTheirReferenceList() {
		for (String path : concat(List.of("/"), CITABLE)) {
			Document page = pages.get(path);
			JsonNode json = jsonLd(page);
			assertThat(json.get("@type").asString()).as("type of %s", path).isEqualTo("MedicalWebPage");
			assertThat(json.at("/about/@type").asString()).isEqualTo("Drug");
			assertThat(json.at("/about/name").asString()).isEqualTo("ketamine");
			if (!path.equals("/article")) {
				assertThat(json.get("lastReviewed").asString()).as("lastReviewed of %s", path)
					.isEqualTo(page.select(".reviewed time").first().attr("datetime"));
			}
			List<Element> references = page.select("section.references ol.reference-list > li");
			JsonNode citations = json.get("citation");
			assertThat(citations).as("citations of %s", path).hasSize(references.size());
			for (int i = 0; i < references.size(); i++) {
				assertThat(citations.get(i).get("@id").asString()).as("citation %d of %s", i + 1, path)
					.isEqualTo(BASE_URL + "/references#" + references.get(i).id());
			}
		}
	}

	/** The pages above cite each source by an @id; the references page says what each one is. */
	@Test
	void theReferencesPageDescribesEverySourceUnderTheIdItsEntryHas() {
		Document page = pages.get("/references");
		List<Element> entries = page.select("main .reference-list > li");
		JsonNode citations = jsonLd(page).get("citation");
		assertThat(citations).hasSize(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			Element entry = entries.get(i);
			JsonNode citation = citations.get(i);
			assertThat(citation.get("@id").asString()).isEqualTo(BASE_URL + "/references#" + entry.id());
			assertThat(citation.get("sameAs") == null ? null : citation.get("sameAs").asString())
				.as("DOI of %s", entry.id())
				.isEqualTo(entry.select("a[href^=https://doi.org/]").isEmpty() ? null
						: entry.select("a[href^=https://doi.org/]").attr("href"));
			String pubmed = entry.select("a[href^=https://pubmed.ncbi.nlm.nih.gov/]").attr("href");
			assertThat(citation.at("/identifier/value").asString(""))
				.as("PMID of %s", entry.id())
				.isEqualTo(pubmed.replaceAll("\\D", ""));
		}
		String murrough = BASE_URL + "/references#" + pages.get("/mental-health").select("section.references li").first().id();
		assertThat(citations.valueStream().filter((citation) -> citation.get("@id").asString().equals(murrough)))
			.singleElement()
			.satisfies((citation) -> assertThat(citation.get("name").asString()).isEqualTo(
					"Antidepressant efficacy of ketamine in treatment-resistant major depression: a two-site randomized controlled trial"));
	}

	@Test
	void theWholeArticleHasTheSectionsAsParts() {
		JsonNode json = jsonLd(pages.get("/article"));
		List<String> parts = new ArrayList<>();
		json.get("hasPart").forEach((part) -> parts.add(part.get("url").asString()));
		assertThat(parts).containsExactlyElementsOf(SitePages.SECTIONS.stream().map((path) -> BASE_URL + path).toList());
		assertThat(json.at("/hasPart/0/name").asString()).isEqualTo(pages.get("/history").select("h1").text());
	}

	@Test
	void theSitemapListsEveryPageWithItsReviewDate() throws Exception {
		HttpResponse<String> response = get("/sitemap.xml");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(stream(response));
		String namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
		NodeList urls = sitemap.getElementsByTagNameNS(namespace, "url");
		Map<String, String> lastmod = new LinkedHashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
			lastmod.put(url.getElementsByTagNameNS(namespace, "loc").item(0).getTextContent(),
					url.getElementsByTagNameNS(namespace, "lastmod").item(0).getTextContent());
		}
		assertThat(lastmod.keySet())
			.containsExactlyInAnyOrderElementsOf(HTML_PAGES.stream().map((path) -> BASE_URL + path).toList());
		for (String path : SitePages.SECTIONS) {
			assertThat(lastmod.get(BASE_URL + path)).as("lastmod of %s", path)
				.isEqualTo(pages.get(path).select(".reviewed time").first().attr("datetime"));
		}
	}

	@Test
	void robotsTxtPointsToTheSitemap() throws Exception {
		HttpResponse<String> response = get("/robots.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body().lines()).contains("User-agent: *", "Sitemap: " + BASE_URL + "/sitemap.xml");
	}

	@Test
	void theChangesPageListsEveryChangeNewestFirstAndEveryFooterLinksIt() {
		Document changes = pages.get("/changes");
		List<Element> entries = changes.select("ol.change-list > li");
		int sectionChanges = SitePages.SECTIONS.stream()
			.mapToInt((path) -> pages.get(path).select("details.changes li").size())
			.sum();
		assertThat(entries).hasSize(sectionChanges).isNotEmpty();
		List<String> dates = entries.stream().map((entry) -> entry.select("time").attr("datetime")).toList();
		assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
		for (Element entry : entries) {
			assertThat(SitePages.SECTIONS).contains(entry.select("a").attr("href"));
		}
		pages.forEach((path, page) -> assertThat(page.select("footer nav a[href=/changes]")).as("footer of %s", path)
			.hasSize(1));
		assertThat(changes.select("footer a[href=/changes]").attr("aria-current")).isEqualTo("page");
	}

	@Test
	void theAtomFeedHasOneEntryPerChangeOfTheContentAndEveryPageLinksIt() throws Exception {
		HttpResponse<String> response = get("/changes.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getId()).isEqualTo(BASE_URL + "/changes.atom");
		assertThat(feed.getOtherLinks()).singleElement()
			.satisfies((link) -> assertThat(link.getRel()).isEqualTo("self"))
			.satisfies((link) -> assertThat(link.getHref()).isEqualTo(BASE_URL + "/changes.atom"));
		assertThat(feed.getAlternateLinks().get(0).getHref()).isEqualTo(BASE_URL + "/changes");

		// The truth is the content's own changelogs, read by the loader, not the site's model of them.
		List<String> expected = new ArrayList<>();
		for (MarkdownSource<SectionMetadata> section : SiteArticle.contentLoader().load(Path.of("content")).sections()) {
			for (ChangeEntry change : section.metadata().changes()) {
				expected.add(change.date() + " " + BASE_URL + "/" + section.metadata().slug() + " " + change.summary());
			}
		}
		List<String> entries = new ArrayList<>();
		Document changesPage = pages.get("/changes");
		for (Entry entry : feed.getEntries()) {
			LocalDate updated = LocalDate.ofInstant(entry.getUpdated().toInstant(), ZoneOffset.UTC);
			entries.add(updated + " " + entry.getAlternateLinks().get(0).getHref() + " " + entry.getSummary().getValue());
			String fragment = entry.getId().substring(entry.getId().indexOf('#') + 1);
			assertThat(entry.getId()).startsWith(BASE_URL + "/changes#");
			assertThat(changesPage.getElementById(fragment)).as("the change %s on /changes", fragment).isNotNull();
		}
		assertThat(entries).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
		assertThat(feed.getEntries().stream().map(Entry::getId).distinct()).hasSameSizeAs(feed.getEntries());
		assertThat(feed.getEntries().stream().map(Entry::getUpdated).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(LocalDate.ofInstant(feed.getUpdated().toInstant(), ZoneOffset.UTC).toString())
			.isEqualTo(expected.stream().map((line) -> line.substring(0, 10)).max(String::compareTo).orElseThrow());

		pages.forEach((path, page) -> assertThat(page.select("head link[rel=alternate][type=application/atom+xml]"))
			.as("feed link in the head of %s", path)
			.singleElement()
			.satisfies((link) -> assertThat(link.attr("href")).isEqualTo("/changes.atom")));
		assertThat(changesPage.select("main a[href=/changes.atom]")).hasSize(1);
	}

	private HttpResponse<String> download(String path, String contentType) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as("type of %s", path).hasValue(contentType);
		String fileName = path.substring(path.lastIndexOf('/') + 1);
		assertThat(response.headers().firstValue("Content-Disposition")).as("disposition of %s", path)
			.hasValue("attachment; filename=\"" + fileName + "\"");
		return response;
	}

	private static String meta(Document page, String property) {
		return page.select("meta[property=" + property + "]").attr("content");
	}

	private static JsonNode jsonLd(Document page) {
		List<Element> scripts = page.select("head script[type=application/ld+json]");
		assertThat(scripts).hasSize(1);
		return JsonMapper.shared().readTree(scripts.get(0).data());
	}

	private static ByteArrayInputStream stream(HttpResponse<String> response) {
		return new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

	private String day(String pattern) {
		return buildDay.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
	}

}
