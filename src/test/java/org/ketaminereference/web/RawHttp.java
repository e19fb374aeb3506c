package org.ketaminereference.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte: for request lines, methods and encodings that
 * {@code java.net.http} refuses to send. Every request asks for {@code Connection: close}, so a
 * response ends where the stream ends.
 */
final class RawHttp {

	private static final int TIMEOUT_MILLIS = 15_000;

	private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

	private RawHttp() {
	}

	/**
	 * A request as bytes. Characters of the request line and headers are written as single bytes
	 * (ISO-8859-1), so {@code "\u00c0"} sends the byte 0xC0; use {@link #utf8} for real UTF-8.
	 */
	static byte[] request(String method, String target, String... headers) {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
			.append("Host: 127.0.0.1\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		return request.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The UTF-8 bytes of {@code text}, spelled as one ISO-8859-1 character per byte for {@link #request}. */
	static String utf8(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

	static Response send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it has read everything (a header that is
				// too large); what it answered is still there to read.
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			boolean reset = false;
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[16384];
			try {
				for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
					bytes.write(buffer, 0, read);
				}
			}
			catch (SocketException ex) {
				// A server that closes with unread request bytes resets the connection, and the
				// reset may overtake its answer.
				reset = true;
			}
			return Response.parse(bytes.toByteArray(), reset);
		}
	}

	/**
	 * A parsed response; header names are lower case. Status 0 means there was no status line:
	 * the server closed without answering, or answered HTTP/0.9 with a bare body.
	 *
	 * @param reset the connection was reset, so what was read may be cut short
	 */
	record Response(int status, Map<String, List<String>> headers, byte[] body, boolean reset) {

		static Response parse(byte[] raw, boolean reset) {
			int end = indexOf(raw, END_OF_HEADERS);
			if (end < 0 || !new String(raw, 0, Math.min(raw.length, 5), StandardCharsets.ISO_8859_1).equals("HTTP/")) {
				return new Response(0, Map.of(), raw, reset);
			}
			String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
			String[] statusLine = lines[0].split(" ", 3);
			int status = (statusLine.length > 1) ? Integer.parseInt(statusLine[1]) : 0;
			if (status >= 100 && status < 200) {
				// An interim answer such as 100 Continue; the real one follows.
				return parse(Arrays.copyOfRange(raw, end + END_OF_HEADERS.length, raw.length), reset);
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						(k) -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
			}
			byte[] body = Arrays.copyOfRange(raw, end + END_OF_HEADERS.length, raw.length);
			if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
				body = dechunk(body);
			}
			return new Response(status, headers, body, reset);
		}

		String header(String name) {
			return first(headers, name.toLowerCase(Locale.ROOT));
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		private static String first(Map<String, List<String>> headers, String name) {
			List<String> values = headers.get(name);
			return (values != null) ? values.get(0) : null;
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
				int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
				if (size == 0) {
					break;
				}
				body.write(chunked, lineEnd + 2, size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toByteArray();
		}

		private static int indexOf(byte[] data, byte[] pattern) {
			return indexOf(data, pattern, 0);
		}

		private static int indexOf(byte[] data, byte[] pattern, int from) {
			outer: for (int i = from; i <= data.length - pattern.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
