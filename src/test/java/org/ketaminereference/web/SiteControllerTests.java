package org.ketaminereference.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Precompression;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ SiteController.class, SiteErrorController.class })
/**
 * The web layer over MockMvc, filters included: {@link PageServingFilter} serves pages and
 * redirects, the controllers answer 404, 405 and errors.
 */
@Import({ SiteControllerTests.StubSite.class, WebConfiguration.class })
class SiteControllerTests {

	private static final String LONG_TEXT = "<p>" + "ketamine ".repeat(200) + "</p>";

	static final Page HISTORY = Page.html("<!DOCTYPE html><html lang=en><title>History</title><h1>History</h1>"
			+ LONG_TEXT);

	/** The same page with its Brotli form, as a prebuilt site or the background compression gives it. */
	static final Page HISTORY_WITH_BROTLI = Precompression.withBrotli(HISTORY);

	static final Page NOT_FOUND = Page.html("<!DOCTYPE html><html lang=en><title>Not found</title><h1>Page not found</h1>");

	static final Page ERROR = Page.html("<!DOCTYPE html><html lang=en><title>Error</title><h1>Something went wrong</h1>");

	static final Page CSS = Page.of("text/css;charset=UTF-8", "body{color:black}".getBytes(StandardCharsets.UTF_8));

	static final Page DOWNLOAD = Page.of("application/x-bibtex", "@misc{history}".getBytes(StandardCharsets.UTF_8))
		.withHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history.bib\"");

	static class StubSite {

		@Bean
		CurrentSite currentSite() {
			return new CurrentSite(new SiteSnapshot(Map.of("/history", HISTORY, "/brotli/history", HISTORY_WITH_BROTLI, "/assets/site.abc.css",
					CSS, "/cite/history.bib", DOWNLOAD),
					Map.of("/old-history", "/history"), NOT_FOUND, ERROR, Instant.parse("2026-01-02T00:00:00Z"), null,
					null));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Test
	void servesAPageWithItsValidators() throws Exception {
		MvcResult result = mvc.perform(get("/history"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.ETAG, HISTORY.etag()))
			.andExpect(header().string(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andReturn();
		assertThat(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo("History");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=300")
			.doesNotContain("immutable");
	}

	@Test
	void assetsAreCachedForAYear() throws Exception {
		mvc.perform(get("/assets/site.abc.css"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"));
	}

	@Test
	void sendsThePagesOwnHeaders() throws Exception {
		mvc.perform(get("/cite/history.bib"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/x-bibtex"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history.bib\""));
	}

	@Nested
	class Compression {

		@Test
		void sendsGzipWhenAccepted() throws Exception {
			MvcResult result = mvc.perform(get("/history").header(HttpHeaders.ACCEPT_ENCODING, "br, gzip;q=0.8"))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
				.andReturn();
			byte[] body = result.getResponse().getContentAsByteArray();
			assertThat(gunzip(body)).isEqualTo(HISTORY.body());
		}

		@Test
		void sendsBrotliWhenAcceptedAndThePageHasIt() throws Exception {
			assertThat(HISTORY_WITH_BROTLI.brotli()).isNotNull();
			MvcResult result = mvc.perform(get("/brotli/history").header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br, zstd"))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "br"))
				.andExpect(header().string(HttpHeaders.VARY, "Accept-Encoding"))
				.andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, HISTORY_WITH_BROTLI.brotli().length))
				.andReturn();
			byte[] body = result.getResponse().getContentAsByteArray();
			assertThat(Decoder.decompress(body).getDecompressedData()).isEqualTo(HISTORY.body());
		}

		@Test
		void sendsGzipWhenTheClientPrefersIt() throws Exception {
			mvc.perform(get("/brotli/history").header(HttpHeaders.ACCEPT_ENCODING, "br;q=0.5, gzip"))
				.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"));
		}

		@Test
		void sendsPlainBytesWhenGzipIsRefused() throws Exception {
			MvcResult result = mvc.perform(get("/history").header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity"))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING))
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(HISTORY.body());
		}

		@Test
		void sendsPlainBytesWithoutAcceptEncoding() throws Exception {
			mvc.perform(get("/history")).andExpect(header().doesNotExist(HttpHeaders.CONTENT_ENCODING));
		}

		private static byte[] gunzip(byte[] body) throws IOException {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
				return in.readAllBytes();
			}
		}

	}

	@Test
	void answersAConditionalRequestWith304() throws Exception {
		MvcResult result = mvc.perform(get("/history").header(HttpHeaders.IF_NONE_MATCH, HISTORY.etag()))
			.andExpect(status().isNotModified())
			.andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Nested
	class ConditionalRequests {

		@Test
		void a304CarriesTheValidatorsAndCachingButNoBody() throws Exception {
			MvcResult result = mvc.perform(get("/history").header(HttpHeaders.IF_NONE_MATCH, HISTORY.etag()))
				.andExpect(status().isNotModified())
				.andExpect(header().string(HttpHeaders.ETAG, HISTORY.etag()))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, must-revalidate, public"))
				.andExpect(header().string(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING))
				.andExpect(header().doesNotExist(HttpHeaders.CONTENT_TYPE))
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
		}

		@Test
		void matchesAWeakTagAListOrAnyTag() throws Exception {
			for (String ifNoneMatch : new String[] { "W/" + HISTORY.etag(), "\"other\", " + HISTORY.etag(), "*" }) {
				mvc.perform(get("/history").header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch))
					.andExpect(status().isNotModified());
			}
		}

		@Test
		void sendsThePageWhenTheTagDiffers() throws Exception {
			mvc.perform(get("/history").header(HttpHeaders.IF_NONE_MATCH, "\"stale\""))
				.andExpect(status().isOk());
		}

		@Test
		void answersIfModifiedSinceWithTheDateItWasGiven() throws Exception {
			String lastModified = mvc.perform(get("/history")).andReturn().getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
			assertThat(lastModified).isEqualTo("Fri, 02 Jan 2026 00:00:00 GMT");
			mvc.perform(get("/history").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
				.andExpect(status().isNotModified());
			mvc.perform(get("/history").header(HttpHeaders.IF_MODIFIED_SINCE, "Sat, 03 Jan 2026 10:00:00 GMT"))
				.andExpect(status().isNotModified());
		}

		@Test
		void sendsThePageWhenModifiedSinceTheDateOrTheDateIsUnreadable() throws Exception {
			mvc.perform(get("/history").header(HttpHeaders.IF_MODIFIED_SINCE, "Thu, 01 Jan 2026 23:59:59 GMT"))
				.andExpect(status().isOk());
			mvc.perform(get("/history").header(HttpHeaders.IF_MODIFIED_SINCE, "yesterday"))
				.andExpect(status().isOk());
		}

		@Test
		void ifNoneMatchWinsOverIfModifiedSince() throws Exception {
			mvc.perform(get("/history").header(HttpHeaders.IF_NONE_MATCH, "\"stale\"")
				.header(HttpHeaders.IF_MODIFIED_SINCE, "Fri, 02 Jan 2026 00:00:00 GMT"))
				.andExpect(status().isOk());
		}

	}

	@Nested
	class Head {

		@Test
		void sendsTheHeadersOfGetWithoutABody() throws Exception {
			MvcResult result = mvc.perform(head("/history"))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.ETAG, HISTORY.etag()))
				.andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, HISTORY.body().length))
				.andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
		}

		@Test
		void givesTheLengthOfTheGzipBody() throws Exception {
			mvc.perform(head("/history").header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
				.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
				.andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, HISTORY.gzipped().length));
		}

		@Test
		void answersAnUnknownPathWith404() throws Exception {
			MvcResult result = mvc.perform(head("/no-such-page")).andExpect(status().isNotFound()).andReturn();
			assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
		}

	}

	@Test
	void redirectsAnOldSlugPermanently() throws Exception {
		mvc.perform(get("/old-history"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string(HttpHeaders.LOCATION, "/history"));
	}

	@Test
	void redirectsATrailingSlash() throws Exception {
		mvc.perform(get("/history/"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string(HttpHeaders.LOCATION, "/history"));
	}

	@Test
	void answersAnUnknownPathWithTheNotFoundPage() throws Exception {
		MvcResult result = mvc.perform(get("/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn();
		assertThat(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo("Page not found");
	}

	@Test
	void refusesOtherMethods() throws Exception {
		mvc.perform(post("/history"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string(HttpHeaders.ALLOW, org.hamcrest.Matchers.containsString("GET")));
	}

	@Test
	void errorPathServesTheErrorPageForTheForwardedStatus() throws Exception {
		MvcResult result = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500))
			.andExpect(status().isInternalServerError())
			.andReturn();
		assertThat(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo("Something went wrong");
	}

	@Test
	void errorPathAskedForDirectlyIsNotFound() throws Exception {
		mvc.perform(get("/error")).andExpect(status().isNotFound());
	}

}
