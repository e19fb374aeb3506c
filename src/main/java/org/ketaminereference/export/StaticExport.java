package org.ketaminereference.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a snapshot as files laid out so that an ordinary static web server answers the same
 * URLs as the application: a page at {@code /history} becomes {@code history/index.html}, the
 * landing page {@code index.html}, an asset keeps its path. The bytes are the snapshot's own, so
 * the export is exactly what the application serves. Beside each file that gains from it are its
 * gzip ({@code .gz}) and Brotli ({@code .br}) forms, the same bytes the application sends, for a
 * server that sends precompressed files (nginx's {@code gzip_static} and {@code brotli_static}, or
 * a CDN). What a response carries besides its bytes (security headers, redirects with status 301)
 * is written for nginx to include ({@link NginxIncludes}).
 */
public final class StaticExport {

	/** The not-found page, under the name static hosts (Netlify, GitHub Pages, S3) look for. */
	public static final String NOT_FOUND_FILE = "404.html";

	private static final String INDEX_FILE = "index.html";

	private final SiteSnapshot snapshot;

	/**
	 * Files the application makes per request or on demand, such as the search page that
	 * searches in the browser and the article's PDFs.
	 */
	private final Map<String, Page> staticOnly;

	public StaticExport(SiteSnapshot snapshot) {
		this(snapshot, Map.of());
	}

	/**
	 * @param staticOnly files to write besides the snapshot's, by path: what a static host needs
	 * in place of what the application answers per request (the search page) or makes on first
	 * request (the PDFs)
	 */
	public StaticExport(SiteSnapshot snapshot, Map<String, Page> staticOnly) {
		this.snapshot = snapshot;
		this.staticOnly = Map.copyOf(staticOnly);
	}

	/**
	 * Writes every page, asset and the not-found page; for each old slug a page that sends the
	 * reader on (a plain static host cannot answer 301); and, in {@value NginxIncludes#DIRECTORY},
	 * the security headers and the redirects for the nginx recipe in {@code deploy/nginx/}.
	 * @param directory a directory that does not exist yet or is empty, so that no page of an
	 * earlier export survives
	 * @return the number of files written
	 * @throws ExportException when the directory is not empty or a file cannot be written
	 */
	public int writeTo(Path directory) {
		prepare(directory);
		int files = 0;
		for (Map<String, Page> pages : List.of(snapshot.pages(), staticOnly)) {
			for (Map.Entry<String, Page> page : pages.entrySet()) {
				files += writePage(directory, fileFor(page.getKey(), page.getValue().contentType()), page.getValue());
			}
		}
		files += writePage(directory, NOT_FOUND_FILE, snapshot.notFound());
		for (Map.Entry<String, String> redirect : snapshot.redirects().entrySet()) {
			write(directory, fileFor(redirect.getKey(), "text/html"), redirectPage(redirect.getValue()));
			files++;
		}
		for (Map.Entry<String, byte[]> include : NginxIncludes.of(snapshot).entrySet()) {
			write(directory, include.getKey(), include.getValue());
			files++;
		}
		return files;
	}

	/** Writes the page's bytes and its compressed forms; returns the number of files written. */
	private static int writePage(Path directory, String file, Page page) {
		int files = 1;
		write(directory, file, page.body());
		if (page.gzipped() != null) {
			write(directory, file + ".gz", page.gzipped());
			files++;
		}
		if (page.brotli() != null) {
			write(directory, file + ".br", page.brotli());
			files++;
		}
		return files;
	}

	/**
	 * The file, relative to the export directory, that a static server answers {@code path}
	 * with.
	 */
	static String fileFor(String path, String contentType) {
		if (path.equals("/")) {
			return INDEX_FILE;
		}
		if (!path.startsWith("/") || Stream.of(path.substring(1).split("/", -1))
			.anyMatch((segment) -> segment.isEmpty() || segment.equals("..") || segment.equals("."))) {
			throw new ExportException("Cannot export '" + path + "': not a plain absolute path");
		}
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (name.contains(".")) {
			return path.substring(1);
		}
		if (!contentType.startsWith("text/html")) {
			// A static server picks the content type from the extension; without one it would guess.
			throw new ExportException("Cannot export '" + path + "' (" + contentType + "): the path has no extension");
		}
		return path.substring(1) + "/" + INDEX_FILE;
	}

	private static byte[] redirectPage(String target) {
		String href = HtmlUtils.htmlEscape(target);
		return ("""
				<!DOCTYPE html>
				<html lang="en">
				<meta charset="utf-8">
				<meta name="robots" content="noindex">
				<meta http-equiv="refresh" content="0; url=%s">
				<title>This page has moved</title>
				<p>This page has moved to <a href="%s">%s</a>.</p>
				""").formatted(href, href, href).getBytes(StandardCharsets.UTF_8);
	}

	private static void prepare(Path directory) {
		try {
			if (Files.exists(directory)) {
				if (!Files.isDirectory(directory)) {
					throw new ExportException("Cannot export to " + directory + ": it is a file, not a directory");
				}
				try (Stream<Path> entries = Files.list(directory)) {
					if (entries.findAny().isPresent()) {
						throw new ExportException("Cannot export to " + directory
								+ ": it is not empty; choose a new or empty directory so that no page of an earlier export survives");
					}
				}
			}
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new ExportException("Cannot export to " + directory + ": " + ex, ex);
		}
	}

	private static void write(Path directory, String file, byte[] body) {
		Path target = directory.resolve(file);
		try {
			Files.createDirectories(target.getParent());
			// CREATE_NEW: two paths that map to one file must fail, not overwrite each other.
			Files.write(target, body, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new ExportException("Cannot write " + target + ": " + ex, ex);
		}
	}

}
