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

	private static SiteSnapshot snapshot(String text) {
		return new SiteSnapshot(Map.of("/", Page.html(text)), Map.of(), Page.html("404"), Page.html("500"),
				Instant.EPOCH, null, null);
	}

}
