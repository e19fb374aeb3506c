package org.ketaminereference.export;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.ketaminereference.site.SecurityHeaders;
import org.ketaminereference.site.SiteSnapshot;

/**
 * What nginx needs from the export besides its files, as configuration snippets that the recipe in
 * {@code deploy/nginx/} includes: the application's security headers and its redirects for old
 * slugs. Written from the same values the application serves ({@link SecurityHeaders}, the
 * snapshot's redirects), so a site served by nginx cannot drift from the application's.
 */
final class NginxIncludes {

	/** The folder of the export that holds the snippets; the recipe answers 404 under it. */
	static final String DIRECTORY = ".nginx";

	/**
	 * The variable that holds the HSTS value on an HTTPS request and is empty otherwise, so that
	 * nginx sends HSTS only where the application would (it leaves out a header whose value is
	 * empty).
	 */
	private static final String HSTS_VARIABLE = "$ketamine_reference_hsts";

	/** What may appear in a quoted nginx value: no quote, backslash, variable or line break. */
	private static final Pattern SAFE_VALUE = Pattern.compile("[^\"\\\\$\\r\\n]*");

	/** A path nginx can take literally: the characters of slugs and of the site's paths. */
	private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

	private NginxIncludes() {
	}

	/** The snippets, by file name relative to the export directory. */
	static Map<String, byte[]> of(SiteSnapshot snapshot) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(DIRECTORY + "/http.conf", utf8(http()));
		files.put(DIRECTORY + "/security-headers.conf", utf8(securityHeaders()));
		files.put(DIRECTORY + "/redirects.conf", utf8(redirects(snapshot.redirects())));
		return files;
	}

	/** For nginx's {@code http} context: the HSTS value by scheme. */
	private static String http() {
		return """
				# Written by --export (export/NginxIncludes): include once, in nginx's http context.
				map $scheme %s {
				    default "";
				    https %s;
				}
				""".formatted(HSTS_VARIABLE, quoted(SecurityHeaders.STRICT_TRANSPORT_SECURITY));
	}

	/**
	 * For every {@code location} (and the {@code server}) that adds headers: nginx drops the
	 * headers of the level above wherever a level adds any of its own. {@code always}: error pages
	 * and redirects carry them too, as the application's do.
	 */
	private static String securityHeaders() {
		StringBuilder conf = new StringBuilder(
				"# Written by --export (export/NginxIncludes): the application's security headers.\n");
		SecurityHeaders.ALWAYS.forEach((name, value) -> conf.append("add_header ")
			.append(name)
			.append(' ')
			.append(quoted(value))
			.append(" always;\n"));
		conf.append("add_header ")
			.append(SecurityHeaders.STRICT_TRANSPORT_SECURITY_NAME)
			.append(' ')
			.append(HSTS_VARIABLE)
			.append(" always;\n");
		return conf.toString();
	}

	/** For the {@code server} context: each old slug answers 301 with the path it moved to, as the application does. */
	private static String redirects(Map<String, String> redirects) {
		StringBuilder conf = new StringBuilder(
				"# Written by --export (export/NginxIncludes): old slugs (aliases), as the application redirects them.\n");
		new TreeMap<>(redirects).forEach((from, to) -> conf.append("location = ")
			.append(path(from))
			.append(" { return 301 ")
			.append(path(to))
			.append("; }\n"));
		return conf.toString();
	}

	private static String quoted(String value) {
		if (!SAFE_VALUE.matcher(value).matches()) {
			throw new ExportException("Cannot write '" + value + "' into an nginx configuration");
		}
		return "\"" + value + "\"";
	}

	private static String path(String path) {
		if (!SAFE_PATH.matcher(path).matches()) {
			throw new ExportException("Cannot write the path '" + path + "' into an nginx configuration");
		}
		return path;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
