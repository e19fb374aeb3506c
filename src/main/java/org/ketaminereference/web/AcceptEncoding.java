package org.ketaminereference.web;

/**
 * Picks, from {@code Accept-Encoding}, which of a page's stored forms to send: Brotli, gzip or
 * the plain bytes. The coding with the highest quality value wins (RFC 9110, 12.5.3); a coding not
 * listed takes the quality of {@code *}, or is not accepted; a quality of zero refuses it. On a
 * tie Brotli wins, as it is the smaller. Runs on every request, so it scans the header in place
 * instead of splitting it.
 */
final class AcceptEncoding {

	/** A form of a page's body. */
	enum Coding {

		BROTLI("br"), GZIP("gzip"), IDENTITY(null);

		/** The {@code Content-Encoding} value; {@code null} for the plain bytes. */
		final String header;

		Coding(String header) {
			this.header = header;
		}

	}

	/** Quality values are read in thousandths: 1 is 1000, and "not listed" is below zero. */
	private static final int NOT_LISTED = -1;

	private static final int FULL = 1000;

	private AcceptEncoding() {
	}

	/**
	 * The form to send of a page that has a Brotli form when {@code brotli} and a gzip form when
	 * {@code gzip}.
	 */
	static Coding choose(String header, boolean brotli, boolean gzip) {
		if (header == null || (!brotli && !gzip)) {
			return Coding.IDENTITY;
		}
		int brQuality = NOT_LISTED;
		int gzipQuality = NOT_LISTED;
		int anyQuality = NOT_LISTED;
		int start = 0;
		while (start < header.length()) {
			int end = header.indexOf(',', start);
			if (end < 0) {
				end = header.length();
			}
			int parameters = header.indexOf(';', start);
			if (parameters < 0 || parameters > end) {
				parameters = end;
			}
			int from = skipSpaces(header, start, parameters);
			int to = trimSpaces(header, from, parameters);
			if (is(header, from, to, "br")) {
				brQuality = quality(header, parameters, end);
			}
			else if (is(header, from, to, "gzip")) {
				gzipQuality = quality(header, parameters, end);
			}
			else if (is(header, from, to, "*")) {
				anyQuality = quality(header, parameters, end);
			}
			start = end + 1;
		}
		int br = brotli ? accepted(brQuality, anyQuality) : 0;
		int gz = gzip ? accepted(gzipQuality, anyQuality) : 0;
		if (br > 0 && br >= gz) {
			return Coding.BROTLI;
		}
		return (gz > 0) ? Coding.GZIP : Coding.IDENTITY;
	}

	private static int accepted(int listed, int any) {
		if (listed != NOT_LISTED) {
			return listed;
		}
		return Math.max(any, 0);
	}

	private static boolean is(String header, int from, int to, String coding) {
		return to - from == coding.length() && header.regionMatches(true, from, coding, 0, coding.length());
	}

	/**
	 * The quality value among the parameters between {@code from} and {@code to}, in thousandths;
	 * full when there is none or it cannot be read, so that an odd header never turns compression
	 * off.
	 */
	private static int quality(String header, int from, int to) {
		int start = from;
		while (start < to) {
			int end = header.indexOf(';', start + 1);
			if (end < 0 || end > to) {
				end = to;
			}
			int name = skipSpaces(header, start + 1, end);
			int equals = header.indexOf('=', name);
			if (equals >= 0 && equals < end && trimSpaces(header, name, equals) - name == 1
					&& Character.toLowerCase(header.charAt(name)) == 'q') {
				return qvalue(header, skipSpaces(header, equals + 1, end), trimSpaces(header, equals + 1, end));
			}
			start = end;
		}
		return FULL;
	}

	/** {@code 0}, {@code 0.5}, {@code 1.000} and the like (RFC 9110, 12.4.2), in thousandths. */
	private static int qvalue(String header, int from, int to) {
		if (to <= from || to - from > 5) {
			return FULL;
		}
		char first = header.charAt(from);
		if (first != '0' && first != '1') {
			return FULL;
		}
		int value = (first - '0') * FULL;
		if (to > from + 1) {
			if (header.charAt(from + 1) != '.') {
				return FULL;
			}
			int scale = 100;
			for (int i = from + 2; i < to; i++) {
				char digit = header.charAt(i);
				if (digit < '0' || digit > '9') {
					return FULL;
				}
				value += (digit - '0') * scale;
				scale /= 10;
			}
		}
		return Math.min(value, FULL);
	}

	private static int skipSpaces(String header, int from, int to) {
		int i = from;
		while (i < to && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}

	private static int trimSpaces(String header, int from, int to) {
		int i = to;
		while (i > from && (header.charAt(i - 1) == ' ' || header.charAt(i - 1) == '\t')) {
			i--;
		}
		return i;
	}

}
