package org.ketaminereference.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.site.HostileSites;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real article as a PDF, opened with PDFBox: what a reader finds in it is what
 * {@code /article} shows (title, key points, every section, the references with their DOIs as
 * links), on the paper size asked for, with its fonts embedded.
 */
class ArticlePdfsTests {

	private static SiteSnapshot site;

	private static Document article;

	private static Map<String, Page> pdfs;

	@BeforeAll
	static void build() {
		site = HostileSites.buildRealSite();
		article = Jsoup.parse(new String(site.pages().get(Routes.ARTICLE).body(), StandardCharsets.UTF_8));
		pdfs = ArticlePdfs.all(site);
	}

	@Test
	void holdsTheTitleKeyPointsEverySectionAndTheReferences() throws IOException {
		String text = text(Routes.ARTICLE_PDF);

		assertThat(text).contains(article.selectFirst("#page-title").text());
		assertThat(text).contains("Key points");
		assertThat(article.select("section.article-part > h2")).isNotEmpty().allSatisfy((heading) -> assertThat(text)
			.contains(heading.ownText().strip()));
		Element reference = article.selectFirst(".reference-list li:has(a[href^=https://doi.org/])");
		String doi = reference.selectFirst("a[href^=https://doi.org/]").text();
		assertThat(text).contains("References").contains(doi);
	}

	@Test
	void linksEveryDoiOfTheReferenceList() throws IOException {
		List<String> dois = article.select(".reference-list a[href^=https://doi.org/]").eachAttr("href");
		assertThat(dois).isNotEmpty();

		try (PDDocument pdf = open(Routes.ARTICLE_PDF)) {
			List<String> links = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						links.add(uri.getURI());
					}
				}
			}
			assertThat(links).containsAll(dois);
		}
	}

	@Test
	void opensWithAnOutlineOfTheSections() throws IOException {
		try (PDDocument pdf = open(Routes.ARTICLE_PDF)) {
			List<String> outline = new ArrayList<>();
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				outline.add(item.getTitle());
			}
			List<String> sections = article.select("section.article-part > h2").eachText()
				.stream()
				.map((title) -> title.replace("#", "").strip())
				.toList();
			assertThat(outline).containsSubsequence(sections).contains("References");
		}
	}

	@Test
	void isA4OrUsLetterWithASaneNumberOfPages() throws IOException {
		try (PDDocument a4 = open(Routes.ARTICLE_PDF); PDDocument letter = open(Routes.ARTICLE_PDF_LETTER)) {
			assertSize(a4.getPage(0).getMediaBox(), PDRectangle.A4);
			assertSize(letter.getPage(0).getMediaBox(), PDRectangle.LETTER);
			// A page per section at least; a runaway layout (a page per line) would be far more.
			int sections = article.select("section.article-part").size();
			assertThat(a4.getNumberOfPages()).isBetween(sections + 2, 200);
			assertThat(letter.getNumberOfPages()).isBetween(sections + 2, 200);
		}
	}

	@Test
	void embedsEveryFontItUses() throws IOException {
		try (PDDocument pdf = open(Routes.ARTICLE_PDF)) {
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(fonts).anyMatch((font) -> font.contains("DejaVuSerif"));
		}
	}

	@Test
	void isServedAsAPdfWithAValidator() {
		Page pdf = pdfs.get(Routes.ARTICLE_PDF);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.etag()).isNotBlank();
		assertThat(pdf.gzipped()).isNull();
	}

	@Test
	void makesEachPdfOnceForTheSameArticle() {
		ArticlePdfs made = new ArticlePdfs();
		Page first = made.page(site, Routes.ARTICLE_PDF);
		// A snapshot swapped in with the same article (as when Brotli forms are added) keeps it.
		SiteSnapshot same = new SiteSnapshot(site.pages(), site.redirects(), site.notFound(), site.error(),
				site.lastModified(), site.site(), site.search());

		assertThat(made.page(same, Routes.ARTICLE_PDF)).isSameAs(first);
		assertThat(first.body()).isEqualTo(pdfs.get(Routes.ARTICLE_PDF).body());
		assertThat(made.page(site, Routes.ARTICLE)).isNull();
	}

	private static void assertSize(PDRectangle actual, PDRectangle expected) {
		assertThat(actual.getWidth()).isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(1f));
		assertThat(actual.getHeight()).isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(1f));
	}

	private static String text(String path) throws IOException {
		try (PDDocument pdf = open(path)) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private static PDDocument open(String path) throws IOException {
		return Loader.loadPDF(pdfs.get(path).body());
	}

}
