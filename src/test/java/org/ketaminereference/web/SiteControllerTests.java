package org.ketaminereference.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ketaminereference.site.CurrentSite;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({ SiteController.class, SiteErrorController.class })
@Import(SiteControllerTests.StubSite.class)
class SiteControllerTests {

	private static final String LONG_TEXT = "<p>" + "ketamine ".repeat(200) + "</p>";

	static final Page HISTORY = Page.html("<!DOCTYPE html><html lang=en><title>History</title><h1>History</h1>"
			+ LONG_TEXT);

	static final Page NOT_FOUND = Page.html("<!DOCTYPE html><html lang=en><title>Not found</title><h1>Page not found</h1>");

	static final Page ERROR = Page.html("<!DOCTYPE html><html lang=en><title>Error</title><h1>Something went wrong</h1>");

	static final Page CSS = Page.of("text/css;charset=UTF-8", "body{color:black}".getBytes(StandardCharsets.UTF_8));

	static final Page DOWNLOAD = Page.of("application/x-bibtex", "@misc{history}".getBytes(StandardCharsets.UTF_8))
		.withHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"history.bib\"");

	static class StubSite {

		@Bean
		CurrentSite currentSite() {
			return new CurrentSite(new SiteSnapshot(Map.of("/history", HISTORY, "/assets/site.abc.css", CSS, "/cite/history.bib", DOWNLOAD),
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
		MvcResult result = mvc.perform(get("/no-such-page")).andExpect(status().isNotFound()).andReturn();
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
