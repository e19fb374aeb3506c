package org.ketaminereference.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The article the jar was built with: the build copies {@code content/} to
 * {@code builtin-content/} on the class path, so that {@code java -jar ketamine-reference.jar}
 * serves, checks and exports it from any folder. The content loader reads a directory (and
 * reports problems by file and line), so the files are unpacked once per process into a
 * temporary directory rather than read through a second, class-path loader.
 */
final class BuiltInContent {

	static final String LOCATION = "builtin-content";

	private static Path directory;

	private BuiltInContent() {
	}

	/** The unpacked article; unpacked on first use. */
	static synchronized Path directory() {
		if (directory == null) {
			directory = unpack();
		}
		return directory;
	}

	private static Path unpack() {
		try {
			Path target = Files.createTempDirectory("ketamine-content-");
			target.toFile().deleteOnExit();
			Resource[] files = new PathMatchingResourcePatternResolver(BuiltInContent.class.getClassLoader())
				.getResources("classpath*:" + LOCATION + "/**");
			int count = 0;
			for (Resource file : files) {
				String url = file.getURL().toString();
				String name = url.substring(url.lastIndexOf(LOCATION + "/") + LOCATION.length() + 1);
				if (name.isEmpty() || name.endsWith("/") || !file.isReadable()) {
					continue;
				}
				Path copy = target.resolve(name).normalize();
				if (!copy.startsWith(target)) {
					throw new IllegalStateException("The built-in content has a file outside its folder: " + name);
				}
				if (!Files.isDirectory(copy.getParent())) {
					// Registered before the files in it: deleteOnExit works in reverse order.
					Files.createDirectories(copy.getParent());
					copy.getParent().toFile().deleteOnExit();
				}
				try (InputStream in = file.getInputStream()) {
					Files.copy(in, copy);
				}
				copy.toFile().deleteOnExit();
				count++;
			}
			if (count == 0) {
				throw new IllegalStateException("This build has no built-in article (" + LOCATION
						+ "/ is not on the class path); set reference.content-dir to a content folder");
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the built-in article", ex);
		}
	}

}
