package org.ketaminereference.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Everything a built site depends on, as one hash: the application build that rendered it, the
 * settings baked into its pages, and every byte of every file in the content directory. Two
 * equal fingerprints mean that rendering again would give the same pages (except the access
 * date of the citations, which stays the day the site was built, as in a static export).
 */
final class SiteFingerprint {

	/** Written by the build (spring-boot-maven-plugin's build-info goal); absent when running from an IDE. */
	private static final String BUILD_INFO = "META-INF/build-info.properties";

	private SiteFingerprint() {
	}

	/**
	 * @throws UncheckedIOException when the content directory cannot be read
	 */
	static String of(ReferenceProperties properties) {
		MessageDigest digest = Page.sha256();
		update(digest, "build " + build());
		update(digest, "base-url " + properties.baseUrl());
		// The section pages carry the feedback link, so a prebuilt site is only good for the same one.
		update(digest, "feedback-url " + properties.feedbackUrl());
		Path root = properties.contentDir();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			// Sorted by their path inside the directory with / between names, so that the same files
			// give the same hash on any system.
			files = walk.filter(Files::isRegularFile).sorted((a, b) -> name(root, a).compareTo(name(root, b))).toList();
			for (Path file : files) {
				byte[] bytes = Files.readAllBytes(file);
				update(digest, "file " + name(root, file) + " " + bytes.length);
				digest.update(bytes);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the content directory " + root, ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The application's version and build time, so that a new build never serves an older build's pages. */
	private static String build() {
		Properties info = new Properties();
		try (InputStream in = SiteFingerprint.class.getClassLoader().getResourceAsStream(BUILD_INFO)) {
			if (in != null) {
				info.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + BUILD_INFO, ex);
		}
		return info.getProperty("build.version", "unversioned") + " " + info.getProperty("build.time", "");
	}

	private static String name(Path root, Path file) {
		return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

}
