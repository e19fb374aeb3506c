package org.ketaminereference.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ketaminereference.search.SearchIndex;
import org.ketaminereference.search.Passage;

/**
 * A built site saved to one file, with the {@link SiteFingerprint} of what it was built from. A
 * start whose content, settings and application build are the same reads the file instead of
 * loading, validating and rendering the content: in a fresh JVM that rendering costs seconds and
 * loads thousands of classes (Markdown, citation styles, validation, templates) that serving
 * never needs. Anything else (other content mounted over the image's, a file from another build,
 * a damaged file) and the content is rendered as usual, so the file can make a start faster but
 * never changes what is served.
 */
public final class PrebuiltSite {

	private static final Log logger = LogFactory.getLog(PrebuiltSite.class);

	/** The file's first bytes; the number changes whenever the layout below does. */
	private static final String FORMAT = "ketamine-reference prebuilt site, format 3";

	/** No field of a real site comes near this; a larger length means the file is damaged. */
	private static final int MAX_LENGTH = 64 * 1024 * 1024;

	private PrebuiltSite() {
	}

	/**
	 * Saves the site built from {@code properties}' content to {@code file}, replacing it whole
	 * (written beside it, then moved), so that a start never reads half a file.
	 */
	public static void write(SiteSnapshot site, ReferenceProperties properties, Path file) {
		Path absolute = file.toAbsolutePath();
		try {
			// Not a temporary file: those are readable by their owner only, and the image's
			// unprivileged user must read a file written as root.
			Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
				out.writeUTF(FORMAT);
				out.writeUTF(SiteFingerprint.of(properties));
				writeSite(out, site);
			}
			try {
				Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the prebuilt site to " + absolute, ex);
		}
	}

	/**
	 * The site saved in {@code properties.prebuiltSite()}, when it was built from the same
	 * content, settings and application build; empty (saying why, when a file was named) when the
	 * content must be rendered instead.
	 */
	static Optional<SiteSnapshot> read(ReferenceProperties properties) {
		Path file = properties.prebuiltSite();
		if (file == null) {
			return Optional.empty();
		}
		if (!Files.isRegularFile(file)) {
			logger.warn("There is no prebuilt site at " + file + "; rendering the content.");
			return Optional.empty();
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			if (!FORMAT.equals(in.readUTF())) {
				logger.warn("The prebuilt site " + file + " was written by another version of the application; rendering the content.");
				return Optional.empty();
			}
			if (!in.readUTF().equals(SiteFingerprint.of(properties))) {
				logger.info("The prebuilt site " + file + " was made from other content, settings or application build; rendering the content.");
				return Optional.empty();
			}
			SiteSnapshot site = readSite(in);
			logger.info("Serving the prebuilt site " + file + ", made from this content, settings and application build.");
			return Optional.of(site);
		}
		catch (IOException | RuntimeException ex) {
			// A damaged file costs only the time to render the content.
			logger.warn("Could not read the prebuilt site " + file + " (" + ex + "); rendering the content.");
			return Optional.empty();
		}
	}

	private static void writeSite(DataOutputStream out, SiteSnapshot site) throws IOException {
		out.writeLong(site.lastModified().getEpochSecond());
		out.writeInt(site.lastModified().getNano());
		SiteInfo info = site.site();
		for (String text : List.of(info.title(), info.disclaimer(), info.crisisText(), info.stylesheet(), info.script(),
				info.favicon(), info.baseUrl())) {
			writeString(out, text);
		}
		out.writeInt(info.sections().size());
		for (NavLink link : info.sections()) {
			writeString(out, link.path());
			writeString(out, link.title());
		}
		out.writeInt(site.pages().size());
		for (Map.Entry<String, Page> page : site.pages().entrySet()) {
			writeString(out, page.getKey());
			writePage(out, page.getValue());
		}
		writeStrings(out, site.redirects());
		writePage(out, site.notFound());
		writePage(out, site.error());
		List<Passage> passages = site.search().passages();
		out.writeInt(passages.size());
		for (Passage passage : passages) {
			writeString(out, passage.kind().name());
			writeString(out, passage.pagePath());
			writeString(out, passage.pageTitle());
			writeString(out, passage.anchor());
			writeString(out, passage.heading());
			writeString(out, passage.text());
			writeString(out, passage.keywords());
			writeList(out, passage.citedIn());
		}
		for (List<List<String>> groups : List.of(site.search().spellings(), site.search().names())) {
			out.writeInt(groups.size());
			for (List<String> group : groups) {
				writeList(out, group);
			}
		}
	}

	private static SiteSnapshot readSite(DataInputStream in) throws IOException {
		Instant lastModified = Instant.ofEpochSecond(in.readLong(), in.readInt());
		String title = readString(in);
		String disclaimer = readString(in);
		String crisisText = readString(in);
		String stylesheet = readString(in);
		String script = readString(in);
		String favicon = readString(in);
		String baseUrl = readString(in);
		int sectionCount = readCount(in);
		List<NavLink> sections = new ArrayList<>(sectionCount);
		for (int i = 0; i < sectionCount; i++) {
			sections.add(new NavLink(readString(in), readString(in)));
		}
		SiteInfo info = new SiteInfo(title, disclaimer, crisisText, stylesheet, script, favicon, baseUrl, sections);
		int pageCount = readCount(in);
		Map<String, Page> pages = new LinkedHashMap<>();
		for (int i = 0; i < pageCount; i++) {
			pages.put(readString(in), readPage(in));
		}
		Map<String, String> redirects = readStrings(in);
		Page notFound = readPage(in);
		Page error = readPage(in);
		int passageCount = readCount(in);
		List<Passage> passages = new ArrayList<>(passageCount);
		for (int i = 0; i < passageCount; i++) {
			passages.add(new Passage(Passage.Kind.valueOf(readString(in)), readString(in), readString(in), readString(in),
					readString(in), readString(in), readString(in), readList(in)));
		}
		List<List<String>> spellings = readGroups(in);
		List<List<String>> names = readGroups(in);
		if (in.read() != -1) {
			throw new IOException("bytes after the end of the site");
		}
		return new SiteSnapshot(pages, redirects, notFound, error, lastModified, info, SearchIndex.of(passages, spellings, names));
	}

	private static void writePage(DataOutputStream out, Page page) throws IOException {
		writeString(out, page.contentType());
		writeBytes(out, page.body());
		writeBytes(out, page.gzipped());
		writeBytes(out, page.brotli());
		writeString(out, page.etag());
		writeStrings(out, page.headers());
	}

	private static Page readPage(DataInputStream in) throws IOException {
		return new Page(readString(in), readBytes(in), readBytes(in), readBytes(in), readString(in), readStrings(in));
	}

	private static void writeStrings(DataOutputStream out, Map<String, String> map) throws IOException {
		out.writeInt(map.size());
		for (Map.Entry<String, String> entry : map.entrySet()) {
			writeString(out, entry.getKey());
			writeString(out, entry.getValue());
		}
	}

	private static Map<String, String> readStrings(DataInputStream in) throws IOException {
		int count = readCount(in);
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			map.put(readString(in), readString(in));
		}
		return map;
	}

	private static void writeList(DataOutputStream out, List<String> list) throws IOException {
		out.writeInt(list.size());
		for (String text : list) {
			writeString(out, text);
		}
	}

	private static List<List<String>> readGroups(DataInputStream in) throws IOException {
		int count = readCount(in);
		List<List<String>> groups = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			groups.add(readList(in));
		}
		return groups;
	}

	private static List<String> readList(DataInputStream in) throws IOException {
		int count = readCount(in);
		List<String> list = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			list.add(readString(in));
		}
		return list;
	}

	/** Writes {@code null} as length -1 (unlike {@code writeUTF}, any length of text fits). */
	private static void writeString(DataOutputStream out, String text) throws IOException {
		writeBytes(out, (text != null) ? text.getBytes(StandardCharsets.UTF_8) : null);
	}

	private static String readString(DataInputStream in) throws IOException {
		byte[] bytes = readBytes(in);
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
		if (bytes == null) {
			out.writeInt(-1);
			return;
		}
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static byte[] readBytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length == -1) {
			return null;
		}
		byte[] bytes = new byte[checked(length)];
		in.readFully(bytes);
		return bytes;
	}

	private static int readCount(DataInputStream in) throws IOException {
		return checked(in.readInt());
	}

	private static int checked(int length) throws IOException {
		if (length < 0 || length > MAX_LENGTH) {
			throw new IOException("a length of " + length + " bytes or items");
		}
		return length;
	}

}
