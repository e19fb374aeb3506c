package org.ketaminereference.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What Spring MVC answers over MockMvc, filters included: the 404 page, 405 and the error page,
 * for what {@link PageServingValve} passes on (pages themselves are served by the valve, ahead of
 * the servlet pipeline: {@link PageServingValveTests}).
 */
@WebMvcTest({ SiteController.class, SiteErrorController.class })
@Import({ SiteControllerTests.StubSite.class, WebConfiguration.class })
class SiteControllerTests {

	static final Page NOT_FOUND = Page.html("<!DOCTYPE html><html lang=en><title>Not found</title><h1>Page not found</h1>");

	static final Page ERROR = Page.html("<!DOCTYPE html><html lang=en><title>Error</title><h1>Something went wrong</h1>");

	static class StubSite {

		@Bean
		CurrentSite currentSite() {
			return new CurrentSite(new SiteSnapshot(Map.of(), Map.of(), NOT_FOUND, ERROR,
					Instant.parse("2026-01-02T00:00:00Z"), null, null));
		}

	}

	@Autowired
	private MockMvc mvc;

	@Test
	void headOfAnUnknownPathIs404WithoutABody() throws Exception {
		MvcResult result = mvc.perform(head("/no-such-page")).andExpect(status().isNotFound()).andReturn();
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void answersAnUnknownPathWithTheNotFoundPage() throws Exception {
		MvcResult result = mvc.perform(get("/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING))
			.andExpect(header().exists("Content-Security-Policy"))
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
