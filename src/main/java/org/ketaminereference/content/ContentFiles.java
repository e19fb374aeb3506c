package org.ketaminereference.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one content directory, as every loader reads them: UTF-8 text within the size
 * limit, and YAML parsed with the line of each value. A file that cannot be read is reported with
 * its file and line, and the method returns empty, so that each loader only says what else is
 * wrong.
 */
final class ContentFiles {

	/** Larger files are refused: the article's sections are a few kilobytes each. */
	static final long MAX_FILE_BYTES = 512 * 1024;

	private final Path directory;

	private final Problems problems;

	ContentFiles(Path directory, Problems problems) {
		this.directory = directory;
		this.problems = problems;
	}

	Problems problems() {
		return problems;
	}

	/** Whether an optional file is there at all. */
	boolean exists(String file) {
		return Files.exists(directory.resolve(file));
	}

	/** The text of a file that must be there, without a byte order mark. */
	Optional<String> text(String file) {
		Path path = directory.resolve(file);
		try {
			if (!Files.isRegularFile(path)) {
				problems.add(file, 0, "", "file not found");
				return Optional.empty();
			}
			long size = Files.size(path);
			if (size > MAX_FILE_BYTES) {
				problems.add(file, 0, "", "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
				return Optional.empty();
			}
			byte[] bytes = Files.readAllBytes(path);
			String text = decodeUtf8(bytes, file);
			if (text == null) {
				return Optional.empty();
			}
			if (text.isBlank()) {
				problems.add(file, 1, "", "file is empty");
				return Optional.empty();
			}
			// A byte order mark would hide the opening '---' of the front matter.
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (IOException ex) {
			problems.add(file, 0, "", "cannot be read: " + ex.getMessage());
			return Optional.empty();
		}
	}

	/** A YAML file that must be there, parsed. */
	Optional<YamlDocument> yaml(String file) {
		return text(file).flatMap((text) -> parseYaml(text, 1, file));
	}

	/** A YAML file that may be absent (then empty, and no problem), parsed. */
	Optional<YamlDocument> optionalYaml(String file) {
		return exists(file) ? yaml(file) : Optional.empty();
	}

	/**
	 * An optional YAML file whose root must hold fields, parsed.
	 * @param notFields what to tell the author when the root is not fields
	 */
	Optional<YamlDocument> optionalFields(String file, String notFields) {
		return optionalYaml(file).filter((document) -> {
			if (document.data() instanceof Map<?, ?>) {
				return true;
			}
			problems.add(file, 1, "", notFields);
			return false;
		});
	}

	/**
	 * YAML text from part of a file, such as the front matter of a Markdown file.
	 * @param firstLine the line of the file on which the text starts
	 */
	Optional<YamlDocument> parseYaml(String text, int firstLine, String file) {
		try {
			return Optional.of(YamlDocument.parse(text, firstLine));
		}
		catch (YamlDocument.MalformedYamlException ex) {
			problems.add(file, ex.line(), "", ex.getMessage());
			return Optional.empty();
		}
	}

	private String decodeUtf8(byte[] bytes, String file) {
		try {
			return decoder().decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(file, 1 + lineOfFirstBadByte(bytes), "", "is not valid UTF-8; save the file as UTF-8");
			return null;
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes) {
		ByteBuffer input = ByteBuffer.wrap(bytes);
		CoderResult result = decoder().decode(input, CharBuffer.allocate(bytes.length + 1), true);
		int newlines = 0;
		for (int i = 0; i < input.position(); i++) {
			if (bytes[i] == '\n') {
				newlines++;
			}
		}
		return result.isError() ? newlines : 0;
	}

	private static CharsetDecoder decoder() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

}
