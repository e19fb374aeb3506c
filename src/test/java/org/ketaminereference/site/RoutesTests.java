package org.ketaminereference.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketaminereference.content.Slugs;
import org.ketaminereference.routes.Routes;

import static org.assertj.core.api.Assertions.assertThat;

/** The route table against the real site: it names what the site serves, and reserves it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesTests {

	private SiteSnapshot site;

	private Set<String> sectionPaths;

	@BeforeAll
	void build() {
		site = HostileSites.buildRealSite();
		sectionPaths = site.site().sections().stream().map(NavLink::path).collect(Collectors.toSet());
	}

	@Test
	void theSiteServesEveryPageOfTheTable() {
		assertThat(site.pages().keySet()).containsAll(Routes.PAGES).contains(Routes.SITEMAP, Routes.ROBOTS);
	}

	@Test
	void noSectionCanTakeAPathTheSiteServesItself() {
		assertThat(site.pages().keySet()).allSatisfy((path) -> {
			String firstSegment = path.substring(1).split("/", 2)[0];
			if (!sectionPaths.contains(path) && firstSegment.matches(Slugs.PATTERN)) {
				assertThat(Routes.RESERVED_SLUGS).as(path).contains(firstSegment);
			}
		});
	}

	@Test
	void sectionPagesAreAtTheirSlug() {
		assertThat(sectionPaths).contains(Routes.section("history")).doesNotContain(Routes.ARTICLE);
	}

	@Test
	void templatesTakeThePathsFromTheTable() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy((file) -> assertThat(
					Files.readString(file)).as(file.toString()).doesNotContainPattern("(href|action)=\"/"));
		}
	}

	@Test
	void reservesEverySlugItReservedBeforeTheTable() {
		assertThat(Routes.RESERVED_SLUGS).containsExactlyInAnyOrder("article", "references", "about", "search",
				"glossary", "changes", "assets", "actuator", "error", "index", "cite");
	}

}
