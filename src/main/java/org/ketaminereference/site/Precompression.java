package org.ketaminereference.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Adds the Brotli form to a site's pages. Brotli at its best quality makes pages about a fifth
 * smaller than gzip at its best, but takes many times as long, so it is done where time does not
 * matter: when the site is exported or prebuilt (the container image's built-in article carries
 * it), and for a site rendered at start or on a reload, on a background thread once it is served
 * ({@link CurrentSite#precompress()}); until then readers get gzip.
 *
 * <p>The encoder is Google's, through brotli4j's JNI binding. Its native library is loaded the
 * first time a page is compressed, so a start that reads a prebuilt site never loads it. Where it
 * cannot be loaded (a platform without a build of it, or a temporary directory that does not
 * allow running code, such as a {@code noexec} tmpfs), pages keep their gzip form only.
 */
public final class Precompression {

	private static final Log logger = LogFactory.getLog(Precompression.class);

	/** Brotli's smallest and largest window, as powers of two. */
	private static final int MIN_WINDOW_BITS = 10;

	private static final int MAX_WINDOW_BITS = 22;

	private Precompression() {
	}

	/** True when this machine can make Brotli forms; says why not, once, when it cannot. */
	public static boolean available() {
		return Encoding.AVAILABLE;
	}

	/**
	 * The site with the Brotli form of every page that gains from one; the same site when it has
	 * them all already (a prebuilt one: the native library is not even loaded) or Brotli is
	 * unavailable.
	 */
	public static SiteSnapshot withBrotli(SiteSnapshot site) {
		boolean complete = site.pages().values().stream().allMatch(Precompression::done) && done(site.notFound())
				&& done(site.error());
		if (complete || !available()) {
			return site;
		}
		return new SiteSnapshot(withBrotli(site.pages()), site.redirects(), withBrotli(site.notFound()),
				withBrotli(site.error()), site.lastModified(), site.site(), site.search());
	}

	/** The pages, in the same order, each with its Brotli form where it gains from one. */
	public static Map<String, Page> withBrotli(Map<String, Page> pages) {
		Map<String, Page> compressed = new LinkedHashMap<>();
		pages.forEach((path, page) -> compressed.put(path, withBrotli(page)));
		return compressed;
	}

	/**
	 * The page with its Brotli form, where it gains from one: not where gzip does not either (a
	 * small body, or one compressed already, such as a PDF).
	 */
	public static Page withBrotli(Page page) {
		if (done(page) || !available()) {
			return page;
		}
		return page.withBrotli(compress(page.body()));
	}

	/** True when the page has its Brotli form, or would not gain from one. */
	private static boolean done(Page page) {
		return page.brotli() != null || page.gzipped() == null;
	}

	/**
	 * The bytes compressed with Brotli at its best quality, with a window just large enough for
	 * them: a larger one compresses no better and costs the encoder more memory.
	 */
	static byte[] compress(byte[] body) {
		int windowBits = Math.max(MIN_WINDOW_BITS,
				Math.min(MAX_WINDOW_BITS, 32 - Integer.numberOfLeadingZeros(body.length)));
		try {
			return Encoder.compress(body, new Encoder.Parameters().setQuality(11).setWindow(windowBits)
				.setMode(Encoder.Mode.TEXT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Loads the native library when first asked, not when the class is. */
	private static final class Encoding {

		static final boolean AVAILABLE = load();

		private static boolean load() {
			try {
				Brotli4jLoader.ensureAvailability();
				return true;
			}
			catch (Throwable ex) {
				logger.warn("Brotli is not available here (" + ex + (ex.getCause() != null ? ": " + ex.getCause() : "")
						+ "); pages are sent with gzip only");
				return false;
			}
		}

	}

}
