package org.ketaminereference.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One response body, ready to send: its bytes, their gzip and Brotli forms (when they are
 * smaller) and a strong validator computed from the bytes.
 *
 * @param gzipped the gzip-compressed body, or {@code null} when compression does not pay
 * @param brotli the Brotli-compressed body, or {@code null} when it does not pay or has not been
 * made (see {@link Precompression})
 * @param headers further response headers this page always needs, such as
 * {@code Content-Disposition} for a download
 */
public record Page(String contentType, byte[] body, byte[] gzipped, byte[] brotli, String etag,
		Map<String, String> headers) {

	/** Bodies smaller than this are sent as they are: gzip would not save a packet. */
	private static final int MIN_GZIP_BYTES = 256;

	public Page {
		headers = Map.copyOf(headers);
	}

	public static Page of(String contentType, byte[] body) {
		byte[] gzipped = (body.length >= MIN_GZIP_BYTES) ? gzip(body) : null;
		if (gzipped != null && gzipped.length >= body.length) {
			gzipped = null;
		}
		return new Page(contentType, body, gzipped, null, "\"" + hash(body) + "\"", Map.of());
	}

	/**
	 * A body that is compressed already, such as a PDF: sent as it is, since gzip would spend
	 * time to save next to nothing.
	 */
	public static Page compressed(String contentType, byte[] body) {
		return new Page(contentType, body, null, null, "\"" + hash(body) + "\"", Map.of());
	}

	public static Page html(String html) {
		return of("text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
	}

	/** This page with one more response header. */
	public Page withHeader(String name, String value) {
		Map<String, String> more = new HashMap<>(headers);
		more.put(name, value);
		return new Page(contentType, body, gzipped, brotli, etag, more);
	}

	/** This page with its Brotli form; the same page when that is no smaller than what it would replace. */
	Page withBrotli(byte[] compressed) {
		byte[] smallest = (gzipped != null) ? gzipped : body;
		if (compressed == null || compressed.length >= smallest.length) {
			return this;
		}
		return new Page(contentType, body, gzipped, compressed, etag, headers);
	}

	static String hash(byte[] body) {
		return HexFormat.of().formatHex(sha256().digest(body), 0, 16);
	}

	/** A new SHA-256 digest, for page validators and {@link SiteFingerprint}. */
	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java runtime", ex);
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
