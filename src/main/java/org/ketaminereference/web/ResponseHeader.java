package org.ketaminereference.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.buf.MessageBytes;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * A response header with its name and value already in the bytes Tomcat writes (ISO-8859-1).
 * Given to Tomcat as text, every header value is encoded again on every response through a new
 * {@code CharsetEncoder} and scanned for control characters; given as bytes, it is copied. The
 * fixed headers of the site are made once, so a page served from memory costs no encoding. Values
 * are the site's own (ASCII), never a client's.
 *
 * @param name the header's name
 * @param value its value
 * @param nameBytes the name in ISO-8859-1, for Tomcat to copy
 * @param valueBytes the value in ISO-8859-1, for Tomcat to copy
 */
record ResponseHeader(String name, String value, MessageBytes nameBytes, MessageBytes valueBytes) {

	/**
	 * The header with its name and value as bytes. These are never handed to Tomcat itself: it
	 * reuses a header's buffer for the next response's values (Content-Length is written into
	 * it), so it gets copies.
	 */
	static ResponseHeader of(String name, String value) {
		return new ResponseHeader(name, value, bytes(name), bytes(value));
	}

	private static MessageBytes bytes(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		MessageBytes message = MessageBytes.newInstance();
		message.setBytes(bytes, 0, bytes.length);
		return message;
	}

	/** Sets the header through the Servlet API, for responses Spring MVC writes. */
	void setOn(HttpServletResponse response) {
		response.setHeader(name, value);
	}

	/**
	 * Adds the header to a response that has none of this name yet, as bytes: copied into the
	 * buffers Tomcat keeps for each header from one response to the next, then into its header
	 * buffer as they are.
	 */
	void addTo(MimeHeaders headers) {
		int index = headers.size();
		MessageBytes value = headers.addValue(name);
		try {
			headers.getName(index).duplicate(nameBytes);
			value.duplicate(valueBytes);
		}
		catch (IOException ex) {
			// Only a buffer with a size limit can refuse bytes, and these have none.
			throw new UncheckedIOException(ex);
		}
	}

	/** Where a response's headers go: the Servlet API or Tomcat's header list. */
	interface Sink {

		void add(ResponseHeader header);

		static Sink of(HttpServletResponse response) {
			return (header) -> header.setOn(response);
		}

		static Sink of(MimeHeaders headers) {
			return (header) -> header.addTo(headers);
		}

	}

}
