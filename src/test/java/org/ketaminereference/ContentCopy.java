package org.ketaminereference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the real {@code content/} that a test may change without touching the article. */
public final class ContentCopy {

	private ContentCopy() {
	}

	/** Copies {@code content/} into {@code target} and returns {@code target}. */
	public static Path of(Path target) {
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
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	/** Replaces the first occurrence of {@code from} in one file of the copy. */
	public static void edit(Path contentDir, String file, String from, String to) {
		Path path = contentDir.resolve(file);
		try {
			String text = Files.readString(path);
			if (!text.contains(from)) {
				throw new IllegalArgumentException(file + " does not contain '" + from + "'");
			}
			Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
					java.util.regex.Matcher.quoteReplacement(to)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
