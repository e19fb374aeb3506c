package org.ketaminereference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ketaminereference.routes.Routes;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's PDFs from the running server: served as PDFs with the pages' caching and
 * validators and the site's security headers, on A4 and US Letter, and linked from
 * {@code /article} and every "Cite this page". (The export's copies are compared byte for byte
 * with these in {@link StaticExportIT}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticlePdfIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesTheArticleAsAPdfWithValidatorsAndTheSitesHeaders() throws Exception {
		HttpResponse<byte[]> pdf = get(Routes.ARTICLE_PDF, "gzip");
		HttpResponse<byte[]> page = get(Routes.ARTICLE, null);

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		// Compressed inside already: sent as it is, whatever the client accepts.
		assertThat(pdf.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(pdf.headers().firstValue("ETag")).isPresent();
		assertThat(pdf.headers().firstValue("Last-Modified")).isPresent();
		assertThat(pdf.headers().firstValue("Cache-Control")).isEqualTo(page.headers().firstValue("Cache-Control"));
		assertThat(pdf.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(page.headers().firstValue("Content-Security-Policy"));
		assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
					org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void answersARevalidationWithNotModified() throws Exception {
		String etag = get(Routes.ARTICLE_PDF, null).headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(uri(Routes.ARTICLE_PDF))
			.header("If-None-Match", etag)
			.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void servesUsLetterAtItsOwnPath() throws Exception {
		HttpResponse<byte[]> pdf = get(Routes.ARTICLE_PDF_LETTER, null);

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(PDRectangle.LETTER.getHeight(),
					org.assertj.core.data.Offset.offset(1f));
		}
	}

	@Test
	void isLinkedFromTheWholeArticleAndEveryCiteThisPage() throws Exception {
		Document article = html(Routes.ARTICLE);
		Document section = html("/history");

		List<String> pdfs = List.of(Routes.ARTICLE_PDF, Routes.ARTICLE_PDF_LETTER);
		assertThat(article.select("main .article-pdf a[type=application/pdf]").eachAttr("href")).containsAll(pdfs);
		assertThat(article.select(".cite-this-page .article-pdf a").eachAttr("href")).isEqualTo(pdfs);
		assertThat(section.select(".cite-this-page .article-pdf a").eachAttr("href")).isEqualTo(pdfs);
	}

	private Document html(String path) throws Exception {
		return Jsoup.parse(new String(get(path, null).body(), StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
