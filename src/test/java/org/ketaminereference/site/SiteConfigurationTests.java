package org.ketaminereference.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.ketaminereference.search.SearchIndex;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class SiteConfigurationTests {

	private static final String WORKER = "search-index-and-brotli";

	/**
	 * The site's server indexes and compresses its site once it is ready; the commands that write
	 * the site out (an application without a web server) are ready too, and serve nothing; the
	 * management server is a child context: doing the work twice would take a core from the first
	 * requests.
	 */
	@Test
	void indexesAndCompressesOnceForTheSiteServerNotForTheManagementServerNorACommand() {
		CompletableFuture<SiteSnapshot> building = new CompletableFuture<>();
		ApplicationListener<ApplicationReadyEvent> listener = new SiteConfiguration()
			.searchIndexAndBrotliOnceReady(new CurrentSite(building));
		long before = workers();
		try {
			listener.onApplicationEvent(ready(new GenericApplicationContext()));
			assertThat(workers()).isEqualTo(before);
			ServletWebServerApplicationContext management = new ServletWebServerApplicationContext();
			management.setServerNamespace("management");
			listener.onApplicationEvent(ready(management));
			assertThat(workers()).isEqualTo(before);
			listener.onApplicationEvent(ready(new ServletWebServerApplicationContext()));
			// It waits for the site being built before doing anything.
			assertThat(workers()).isEqualTo(before + 1);
		}
		finally {
			building.complete(new SiteSnapshot(Map.of("/", Page.html("home")), Map.of(), Page.html("404"),
					Page.html("500"), Instant.EPOCH, null, SearchIndex.of(List.of(), List.of(), List.of())));
		}
	}

	private static long workers() {
		return Thread.getAllStackTraces().keySet().stream().filter((thread) -> thread.getName().equals(WORKER)).count();
	}

	private static ApplicationReadyEvent ready(ConfigurableApplicationContext context) {
		return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, null);
	}

}
