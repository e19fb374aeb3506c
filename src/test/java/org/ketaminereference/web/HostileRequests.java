package org.ketaminereference.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generates requests an attacker or a broken client sends: path traversal in every encoding,
 * null bytes, very long paths and queries, invalid percent-encoding, unusual Unicode, odd and
 * unknown methods, malformed request lines and headers.
 */
final class HostileRequests {

	/** One request to send; {@code family} groups requests that share an expected outcome. */
	record HostileRequest(String family, String description, byte[] bytes) {
	}

	/**
	 * Requests HTTP itself tells a server to refuse with a 5xx: CONNECT and unknown transfer
	 * codings get 501 (RFC 9110 9.3.6, RFC 9112 6.1), unknown versions 505 (RFC 9110 15.6.6).
	 */
	static final String UNSUPPORTED_BY_HTTP = "unsupported";

	/** HTTP/0.9 requests: the answer is a bare body, without a status line or headers. */
	static final String HTTP_0_9 = "http/0.9";

	/**
	 * Bytes that are not HTTP/1.x at all (the HTTP/2 preface, a TLS handshake): the server may
	 * close without answering, or read them as HTTP/0.9.
	 */
	static final String NOT_HTTP_1 = "not-http/1";

	/** Files outside the site's content that a traversal tries to reach. */
	private static final List<String> TARGETS = List.of("etc/passwd", "etc/hosts", "proc/self/environ",
			"windows/win.ini", "WEB-INF/web.xml", "META-INF/MANIFEST.MF", "BOOT-INF/classes/application.properties",
			"application.properties", "org/ketaminereference/KetamineReferenceApplication.class",
			"templates/fragments/layout.html", "assets/site.css", "content/references.yaml", "pom.xml",
			".git/config");

	/** Ways to write "../": plain, percent-encoded once and twice, overlong UTF-8, backslashes, mixed. */
	private static final List<String> DOT_DOT_SLASH = List.of("../", "..%2f", "..%2F", "%2e%2e/", "%2e%2e%2f",
			"%2E%2E%2F", ".%2e/", "%2e./", "%252e%252e%252f", "..%252f", "%252e%252e/", "%c0%ae%c0%ae/",
			"%c0%ae%c0%ae%c0%af", "..%c0%af", "%e0%80%ae%e0%80%ae/", "..%e0%80%af", "%c0%2e%c0%2e/", "..%c1%9c",
			"%f0%80%80%ae%f0%80%80%ae/", "..\\", "..%5c", "..%5C", "%2e%2e%5c", "%252e%252e%255c", "..%255c",
			"....//", "..../", "..;/", ".././", "..//", "..%00/", "..%0d%0a/", "%u002e%u002e/", "..%u2215",
			"%uff0e%uff0e/", RawHttp.utf8("\uff0e\uff0e/"), ".%00./", "..%01/", "\u00c0\u00ae\u00c0\u00ae/");

	private static final List<String> PREFIXES = List.of("/", "/assets/", "/history/");

	private static final int[] DEPTHS = { 1, 3, 8 };

	private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
			"TRACE", "CONNECT", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "PURGE",
			"LINK", "UNLINK", "REPORT", "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "ACL", "BIND", "QUERY",
			"DEBUG", "TRACK", "PRI", "FOO", "get", "Get", "G@T", "GET(", "123", "X".repeat(200), "GE\u0000T", "G\u00c9T");

	/** Queries to the search page, the one page built per request from what the reader sent. */
	static final String SEARCH = "search";

	private static final List<String> SEARCH_PAYLOADS = List.of("<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "</title><script>alert(1)</script>",
			"</textarea><script>alert(1)</script>", "javascript:alert(1)", "${7*7}", "*{7*7}", "#{7*7}", "[[${7*7}]]",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "{{7*7}}", "<!--", "]]>", "' OR 1=1 --",
			"../../etc/passwd", "\u0000", "\u202e<script>", "k\u00e9tamine \ud83d\ude42", "x".repeat(5000), "*", "\"",
			"ketamine\" onfocus=\"alert(1)\" autofocus=\"");

	private HostileRequests() {
	}

	static List<HostileRequest> all() {
		List<HostileRequest> requests = new ArrayList<>();
		traversal(requests);
		nullBytes(requests);
		longPathsAndQueries(requests);
		invalidPercentEncoding(requests);
		unicode(requests);
		methods(requests);
		requestLines(requests);
		headers(requests);
		search(requests);
		return requests;
	}

	private static void traversal(List<HostileRequest> requests) {
		for (String prefix : PREFIXES) {
			for (String step : DOT_DOT_SLASH) {
				for (int depth : DEPTHS) {
					for (String target : TARGETS) {
						String path = prefix + step.repeat(depth) + target;
						add(requests, "traversal", RawHttp.request("GET", path));
					}
				}
			}
		}
		for (String target : TARGETS) {
			add(requests, "traversal", RawHttp.request("GET", "/" + target));
			add(requests, "traversal", RawHttp.request("GET", "/assets/" + target));
			add(requests, "traversal", RawHttp.request("GET", "file:///" + target));
			add(requests, "traversal", RawHttp.request("GET", "/?file=../../" + target));
			add(requests, "traversal", RawHttp.request("GET", "/history;/../../" + target));
			add(requests, "traversal", RawHttp.request("GET", "/%2f%2f" + target));
		}
	}

	private static void nullBytes(List<HostileRequest> requests) {
		for (String path : List.of("/history", "/assets/site.css", "/", "/no-such-page", "/etc/passwd")) {
			for (String nul : List.of("%00", "%2500", "\u0000", "%00.html", "%00/", "%c0%80", "\\0", "%u0000")) {
				add(requests, "null-byte", RawHttp.request("GET", path + nul));
				add(requests, "null-byte", RawHttp.request("GET", path + "?q=" + nul));
			}
		}
	}

	private static void longPathsAndQueries(List<HostileRequest> requests) {
		for (int length : new int[] { 255, 1024, 4096, 7900, 8193, 16384, 65536, 262144 }) {
			for (String unit : List.of("a", "/", "../", "%2e%2e%2f", "%", RawHttp.utf8("\u00e9"))) {
				String filler = unit.repeat(Math.max(1, length / unit.length()));
				add(requests, "long", RawHttp.request("GET", "/" + filler));
				add(requests, "long", RawHttp.request("GET", "/history?" + filler));
				add(requests, "long", RawHttp.request("GET", "/history#" + filler));
			}
		}
		add(requests, "long", RawHttp.request("GET", "/?" + "a=1&".repeat(20000)));
		add(requests, "long", RawHttp.request("GET", "/" + "a/".repeat(4000)));
	}

	private static void invalidPercentEncoding(List<HostileRequest> requests) {
		for (String bad : List.of("%", "%Z", "%ZZ", "%G0", "%0", "%%", "%%32%65", "%u", "%uZZZZ", "%2", "%-1",
				"%+1", "% 1", "%0g", "%fg", "%%%", "%e2%82", "%ff%fe", "%c3%28", "%ed%a0%80", "%f8%88%80%80%80")) {
			add(requests, "percent", RawHttp.request("GET", "/" + bad));
			add(requests, "percent", RawHttp.request("GET", "/history" + bad));
			add(requests, "percent", RawHttp.request("GET", "/" + bad + "/history"));
			add(requests, "percent", RawHttp.request("GET", "/history?q=" + bad));
			add(requests, "percent", RawHttp.request("GET", "/history?" + bad + "=1"));
		}
	}

	private static void unicode(List<HostileRequest> requests) {
		for (String text : List.of("\u00e9", "\u4e2d\u6587", "\ud83d\ude42", "\u202ehistory", "his\u200btory",
				"\ufeffhistory", "e\u0301", "\uff0fetc\uff0fpasswd", "\u2215etc\u2215passwd", "\u0130story",
				"\u212a", "\u1e9e", "\u0000", "\u001b[31m", "\u0085", "\u2028", "\ufffd", "\uffff", "\ud800")) {
			String utf8 = RawHttp.utf8(text);
			add(requests, "unicode", RawHttp.request("GET", "/" + utf8));
			add(requests, "unicode", RawHttp.request("GET", "/history?q=" + utf8));
			add(requests, "unicode", RawHttp.request("GET", "/" + percentEncode(text)));
		}
		for (String raw : List.of("\u00ff", "\u00fe\u00ff", "\u00c0\u00af", "\u00e0\u0080\u00af", "\u00f5\u0080",
				"\u0080", "\u00c2", "\u00ed\u00a0\u0080")) {
			add(requests, "unicode", RawHttp.request("GET", "/" + raw));
			add(requests, "unicode", RawHttp.request("GET", "/history?q=" + raw));
		}
	}

	private static void methods(List<HostileRequest> requests) {
		for (String method : METHODS) {
			String family = method.equals("CONNECT") ? UNSUPPORTED_BY_HTTP : "method";
			for (String path : List.of("/", "/history", "/no-such-page", "/assets/site.css", "/a%ZZ")) {
				add(requests, family, RawHttp.request(method, path));
				add(requests, family, withBody(RawHttp.request(method, path, "Content-Length: 5"), "hello"));
			}
		}
		add(requests, UNSUPPORTED_BY_HTTP, RawHttp.request("CONNECT", "127.0.0.1:22"));
		add(requests, UNSUPPORTED_BY_HTTP, RawHttp.request("CONNECT", "example.org:443"));
		add(requests, "method", RawHttp.request("OPTIONS", "/", "Origin: https://evil.example",
				"Access-Control-Request-Method: DELETE"));
		add(requests, "method", RawHttp.request("POST", "/", "Content-Type: application/x-www-form-urlencoded",
				"Content-Length: 100000"));
	}

	private static void requestLines(List<HostileRequest> requests) {
		for (String line : List.of("GET http://127.0.0.1/history", "GET http://evil.example/history",
				"GET https://evil.example/", "GET //evil.example/", "GET ///etc/passwd", "GET /./history",
				"GET /history/.", "GET /history/..", "GET history", "GET /?", "GET /#fragment", "GET  /  ",
				"GET\t/\t", "GET /history /about", "GET * ", "GET /\r", "\r\n\r\nGET /",
				"GET /history;jsessionid=0123", "GET /history;.css", "GET /;/etc/passwd", "GET /HISTORY",
				"GET /History", "GET /history//", "GET /history%2f", "GET /history%2F..%2F", "GET /assets/",
				"GET /assets", "GET /error", "GET /actuator", "GET /actuator/health", "GET /actuator/env",
				"GET /actuator/health/liveness", "GET /actuator/health/readiness", "GET /actuator/heapdump",
				"GET /actuator/threaddump", "GET /actuator/configprops", "GET /actuator/mappings", "GET /actuator/beans",
				"GET /actuator/loggers", "POST /actuator/shutdown", "GET /actuator/health/../env", "GET /actuator;/env",
				"GET /WEB-INF/", "GET /META-INF/", "GET /.well-known/security.txt", "GET /robots.txt",
				"GET /favicon.ico", "GET /index.html", "GET /server-status", "GET /%2e/history")) {
			add(requests, "request-line", (line + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
		}
		for (String version : List.of("HTTP/1.0", "HTTP/1.1", "http/1.1", "HTTP/1.1 extra")) {
			add(requests, "request-line", ("GET /history " + version + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
		}
		for (String version : List.of("HTTP/2.0", "HTTP/1.2", "HTTP/3", "HTTP/9.9", "HTTP/0.9")) {
			add(requests, UNSUPPORTED_BY_HTTP, ("GET /history " + version + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
		}
		// A request line of two words is HTTP/0.9 to Tomcat, whatever the second word says.
		for (String line : List.of("GET /history", "GET /etc/passwd", "GET /../../etc/passwd", "GET HTTP/1.1", " HTTP/1.1",
				"  HTTP/1.1", "GET")) {
			add(requests, HTTP_0_9, (line + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
		}
		add(requests, "request-line", "GET /history HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		add(requests, NOT_HTTP_1,
				"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
		add(requests, NOT_HTTP_1,
				"\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003".getBytes(StandardCharsets.ISO_8859_1));
	}

	private static void headers(List<HostileRequest> requests) {
		List<String[]> headerSets = List.of(new String[] { "Host: evil.example" },
				new String[] { "Host: 127.0.0.1", "Host: evil.example" }, new String[] { "Host: 127.0.0.1/etc/passwd" },
				new String[] { "Host: " }, new String[] { "X-Forwarded-Host: evil.example" },
				new String[] { "X-Forwarded-Proto: javascript" }, new String[] { "X-Forwarded-For: ../../etc/passwd" },
				new String[] { "X-Original-URL: /etc/passwd" }, new String[] { "X-Rewrite-URL: /etc/passwd" },
				new String[] { "X-Big: " + "a".repeat(8000) }, new String[] { "X-Big: " + "a".repeat(70000) },
				new String[] { "X-Null: a\u0000b" }, new String[] { "X-Folded: a", " continued" },
				new String[] { "Bad Header Name: x" }, new String[] { ": no name" }, new String[] { "NoColon" },
				new String[] { "Transfer-Encoding: chunked", "Content-Length: 3" },
				new String[] { "Content-Length: 3", "Content-Length: 4" }, new String[] { "Content-Length: -1" },
				new String[] { "Content-Length: 99999999999999999999" }, new String[] { "Expect: 100-continue" },
				new String[] { "Range: bytes=0-10" }, new String[] { "Range: bytes=-1,-1,-1,-1,-1,-1,-1,-1" },
				new String[] { "If-None-Match: " + "\"x\",".repeat(1000) }, new String[] { "Accept-Encoding: " + "gzip;q=0,".repeat(500) },
				new String[] { "Accept-Encoding: \u00ff\u00fe" }, new String[] { "Cookie: " + "a=b; ".repeat(1500) },
				new String[] { "Upgrade: h2c", "Connection: Upgrade, HTTP2-Settings", "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA" },
				new String[] { "Upgrade: websocket", "Connection: Upgrade" });
		for (String[] headers : headerSets) {
			for (String path : List.of("/", "/history", "/no-such-page")) {
				add(requests, "header", RawHttp.request("GET", path, headers));
			}
		}
		// A body must follow a chunked header, or the server waits for it until the connection times out.
		for (String encoding : List.of("chunked", "gzip, chunked", "identity, chunked", "CHUNKED", "chunked, chunked")) {
			for (String path : List.of("/", "/history", "/no-such-page")) {
				add(requests, UNSUPPORTED_BY_HTTP,
						withBody(RawHttp.request("GET", path, "Transfer-Encoding: " + encoding), "0\r\n\r\n"));
			}
		}
		add(requests, "header", withBody(RawHttp.request("GET", "/history", "Transfer-Encoding: chunked"),
				"zz\r\nhello\r\n0\r\n\r\n"));
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			many.add("X-Many-" + i + ": " + i);
		}
		add(requests, "header", RawHttp.request("GET", "/history", many.toArray(String[]::new)));
	}

	private static void search(List<HostileRequest> requests) {
		for (String payload : SEARCH_PAYLOADS) {
			for (String query : List.of(percentEncode(payload), percentEncode(percentEncode(payload)), RawHttp.utf8(payload))) {
				add(requests, SEARCH, RawHttp.request("GET", "/search?q=" + query));
				add(requests, SEARCH, RawHttp.request("GET", "/search?x=1&q=" + query + "&q=second"));
			}
		}
	}

	private static byte[] withBody(byte[] head, String body) {
		byte[] bytes = Arrays.copyOf(head, head.length + body.length());
		System.arraycopy(body.getBytes(StandardCharsets.ISO_8859_1), 0, bytes, head.length, body.length());
		return bytes;
	}

	private static String percentEncode(String text) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			encoded.append('%').append(String.format("%02X", b & 0xff));
		}
		return encoded.toString();
	}

	private static void add(List<HostileRequest> requests, String family, byte[] bytes) {
		String line = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.ISO_8859_1);
		int end = line.indexOf("\r\n");
		requests.add(new HostileRequest(family, (end >= 0) ? line.substring(0, end) : line, bytes));
	}

}
