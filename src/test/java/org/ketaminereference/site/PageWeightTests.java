package org.ketaminereference.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.ContentLoader;
import org.ketaminereference.routes.Routes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers download, in bytes, from the site built from the real content, with its Brotli
 * forms as an export or the container image's prebuilt site carries them. Sizes only, never
 * times (those are in {@code bench/}).
 */
class PageWeightTests {

	/** Issue 17: Brotli at least 15 % smaller than gzip on the section pages. */
	private static final double BROTLI_AT_MOST_OF_GZIP = 0.85;

	private static SiteSnapshot site;

	@BeforeAll
	static void build() {
		SiteSnapshot built = new SiteBuilder().build(
				new ContentLoader().load(Path.of("content")),
				new ReferenceProperties(Path.of("content"), "https://ketamine.example.org", false, null, null));
		site = Precompression.withBrotli(built);
	}

	@Test
	void brotliIsAtLeastFifteenPercentSmallerThanGzipOnEverySectionPage() throws Exception {
		Map<String, String> ratios = new TreeMap<>();
		for (String path : sectionPages()) {
			Page page = site.pages().get(path);
			assertThat(page.brotli()).as("Brotli form of %s", path).isNotNull();
			assertThat(Decoder.decompress(page.brotli()).getDecompressedData()).as("%s decoded", path)
				.isEqualTo(page.body());
			ratios.put(path, "%d of %d gzip bytes".formatted(page.brotli().length, page.gzipped().length));
			assertThat((double) page.brotli().length).as("Brotli bytes of %s (%s)", path, ratios)
				.isLessThanOrEqualTo(BROTLI_AT_MOST_OF_GZIP * page.gzipped().length);
		}
		assertThat(ratios).hasSizeGreaterThanOrEqualTo(5);
	}

	/** Assets too: the stylesheet and the script are what a first view fetches besides the page. */
	@Test
	void assetsAndOtherPagesHaveABrotliFormSmallerThanGzip() {
		List<String> assets = site.pages().keySet().stream().filter((path) -> path.startsWith(Routes.ASSETS)
				&& (path.endsWith(".css") || path.endsWith(".js"))).toList();
		assertThat(assets).hasSizeGreaterThanOrEqualTo(2);
		for (String path : assets) {
			Page page = site.pages().get(path);
			assertThat(page.brotli()).as("Brotli form of %s", path).isNotNull();
			assertThat(page.brotli().length).as("Brotli bytes of %s", path).isLessThan(page.gzipped().length);
		}
		assertThat(site.notFound().brotli()).isNotNull();
	}

	private static List<String> sectionPages() {
		return site.site().sections().stream().map(NavLink::path).toList();
	}

}
