package org.ketaminereference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies of the real {@code content/} for tests that change a file to see what the site does. */
public final class TestContent {

	private TestContent() {
	}

	/** Replaces whatever is at {@code target} with a copy of {@code content/}. */
	public static Path copyTo(Path target) throws IOException {
		if (Files.exists(target)) {
			try (Stream<Path> old = Files.walk(target)) {
				for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
		Path source = Path.of("content");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}

}
