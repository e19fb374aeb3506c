package org.ketaminereference.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ketaminereference.routes.Routes;

/**
 * The files every page uses besides itself: one stylesheet and one script, each served at a path
 * that names its content ({@code /assets/site.<hash>.css}) so it can be cached for a year and a
 * changed file is fetched at once, and the site's icon, which goes into the page itself.
 *
 * @param stylesheet the stylesheet's path
 * @param script the script's path
 * @param icon the icon as a {@code data:} URL
 * @param files the stylesheet and the script, by path
 */
record SiteAssets(String stylesheet, String script, String icon, Map<String, Page> files) {

	/**
	 * The stylesheets, concatenated in this order into the one stylesheet every page links: one
	 * request for a first view, while each feature keeps its rules in its own file.
	 */
	private static final List<String> STYLESHEETS = List.of("assets/site.css", "assets/publishing.css",
			"assets/figures.css", "assets/reader-tools.css");

	/** The scripts, concatenated in this order like the stylesheets. Pages work without them. */
	private static final List<String> SCRIPTS = List.of("assets/site.js");

	static final String JAVASCRIPT = "text/javascript;charset=UTF-8";

	SiteAssets {
		files = Map.copyOf(files);
	}

	static SiteAssets load() {
		Map<String, Page> files = new LinkedHashMap<>();
		String stylesheet = add(files, "site", "css", Page.of("text/css;charset=UTF-8", concatenate(STYLESHEETS)));
		String script = add(files, "site", "js", Page.of(JAVASCRIPT, concatenate(SCRIPTS)));
		// Without an icon of its own, every browser asks for /favicon.ico and logs the 404 as an error.
		// In the page itself (a few hundred bytes), so that a first view costs one request less.
		String icon = dataUrl("image/svg+xml", readClasspath("assets/favicon.svg"));
		return new SiteAssets(stylesheet, script, icon, files);
	}

	/**
	 * A {@code data:} URL of text, percent-encoded rather than in base64: the words of an SVG
	 * compress with the page around them, base64 does not (120 gzip bytes less on every page).
	 * Only letters, digits and {@code '-./:=_} are left as they are, so the URL needs no escaping
	 * in an attribute.
	 */
	static String dataUrl(String mediaType, byte[] text) {
		StringBuilder url = new StringBuilder("data:").append(mediaType).append(',');
		for (byte b : text) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "'-./:=_".indexOf(c) >= 0) {
				url.append(c);
			}
			else {
				url.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
			}
		}
		return url.toString();
	}

	/** Adds {@code asset} at a path that names its content, and returns the path. */
	static String add(Map<String, Page> files, String name, String extension, Page asset) {
		String path = Routes.ASSETS + name + "." + asset.etag().replace("\"", "").substring(0, 12) + "." + extension;
		files.put(path, asset);
		return path;
	}

	private static byte[] concatenate(List<String> paths) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String path : paths) {
			out.writeBytes(readClasspath(path));
			out.write('\n');
		}
		return out.toByteArray();
	}

	static byte[] readClasspath(String path) {
		try (InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
