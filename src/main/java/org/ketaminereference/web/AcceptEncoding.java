package org.ketaminereference.web;

/**
 * Reads {@code Accept-Encoding} for the one coding the site stores besides the plain bytes:
 * gzip. Runs on every request, so it scans the header in place instead of splitting it.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	/**
	 * True when the client lists gzip, or {@code *} without listing gzip, and does not refuse it
	 * with a quality of zero ({@code gzip;q=0}).
	 */
	static boolean allowsGzip(String header) {
		if (header == null) {
			return false;
		}
		boolean wildcard = false;
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
			if (header.regionMatches(true, from, "gzip", 0, to - from) && to - from == 4) {
				return !refused(header, parameters, end);
			}
			if (to - from == 1 && header.charAt(from) == '*') {
				wildcard = !refused(header, parameters, end);
			}
			start = end + 1;
		}
		return wildcard;
	}

	/** True when the parameters between {@code from} and {@code to} include a zero quality. */
	private static boolean refused(String header, int from, int to) {
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
				return isZero(header, skipSpaces(header, equals + 1, end), trimSpaces(header, equals + 1, end));
			}
			start = end;
		}
		return false;
	}

	/** {@code 0}, {@code 0.}, {@code 0.0}, {@code 0.00} or {@code 0.000}: a quality value of zero. */
	private static boolean isZero(String header, int from, int to) {
		if (to <= from || header.charAt(from) != '0') {
			return false;
		}
		if (to == from + 1) {
			return true;
		}
		if (header.charAt(from + 1) != '.' || to - from > 5) {
			return false;
		}
		for (int i = from + 2; i < to; i++) {
			if (header.charAt(i) != '0') {
				return false;
			}
		}
		return true;
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
