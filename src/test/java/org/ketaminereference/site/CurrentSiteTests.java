package org.ketaminereference.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentSiteTests {

	private static final SiteSnapshot FIRST = snapshot("first");

	private static final SiteSnapshot RELOADED = snapshot("reloaded");

	@Test
	void aReaderWaitsForTheFirstSnapshot() {
		CompletableFuture<SiteSnapshot> building = new CompletableFuture<>();
		CurrentSite site = new CurrentSite(building);
		CompletableFuture<SiteSnapshot> read = CompletableFuture.supplyAsync(site::snapshot);
		building.complete(FIRST);
		assertThat(read.join()).isSameAs(FIRST);
	}

	@Test
	void aReloadReplacesTheFirstSnapshot() {
		CompletableFuture<SiteSnapshot> building = CompletableFuture.completedFuture(FIRST);
		CurrentSite site = new CurrentSite(building);
		site.replace(RELOADED);
		assertThat(site.snapshot()).isSameAs(RELOADED);
	}

	@Test
	void throwsWhatTheBuildThrew() {
		InvalidContentException invalid = new InvalidContentException(
				List.of(new ContentProblem("sections/01-alpha.md", 3, "slug", "must not be blank")));
		CurrentSite site = new CurrentSite(CompletableFuture.failedFuture(invalid));
		assertThatThrownBy(site::snapshot).isSameAs(invalid);
	}

	/** A site rendered at start is served with gzip first; the Brotli forms follow in the background. */
	@Test
	void precompressingAddsTheBrotliFormsToTheSnapshotServed() {
		SiteSnapshot rendered = snapshot("<p>ketamine</p>".repeat(100));
		assertThat(rendered.pages().get("/").brotli()).isNull();
		CurrentSite site = new CurrentSite(rendered);
		site.precompress();
		Page page = site.snapshot().pages().get("/");
		assertThat(page.brotli()).isNotNull().hasSizeLessThan(page.gzipped().length);
		assertThat(page.body()).isEqualTo(rendered.pages().get("/").body());
		// A site that has them all is left as it is (a prebuilt one).
		SiteSnapshot compressed = site.snapshot();
		site.precompress();
		assertThat(site.snapshot()).isSameAs(compressed);
	}

	private static SiteSnapshot snapshot(String text) {
		return new SiteSnapshot(Map.of("/", Page.html(text)), Map.of(), Page.html("404"), Page.html("500"),
				Instant.EPOCH, null, null);
	}

}
