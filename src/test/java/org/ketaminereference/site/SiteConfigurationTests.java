package org.ketaminereference.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.ketaminereference.search.SearchIndex;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

import static org.assertj.core.api.Assertions.assertThat;

class SiteConfigurationTests {

	private static final String WORKER = "search-index-and-brotli";

	/**
	 * The management server's start reaches the site's listeners too (its context is a child of the
	 * site's); indexing and compressing twice would take a core from the first requests.
	 */
	@Test
	void indexesAndCompressesOnceForTheSiteServerNotAgainForTheManagementServer() {
		CompletableFuture<SiteSnapshot> building = new CompletableFuture<>();
		ApplicationListener<WebServerInitializedEvent> listener = new SiteConfiguration()
			.searchIndexAndBrotliOnceServing(new CurrentSite(building));
		long before = workers();
		try {
			listener.onApplicationEvent(started("management"));
			assertThat(workers()).isEqualTo(before);
			listener.onApplicationEvent(started(null));
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

	private static WebServerInitializedEvent started(String namespace) {
		ServletWebServerApplicationContext context = new ServletWebServerApplicationContext();
		context.setServerNamespace(namespace);
		return new ServletWebServerInitializedEvent(new WebServer() {

			@Override
			public void start() {
			}

			@Override
			public void stop() {
			}

			@Override
			public int getPort() {
				return 8080;
			}

		}, context);
	}

}
