package org.ketaminereference.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.ketaminereference.site.SiteSnapshot;

/**
 * A snapshot's {@code Last-Modified} date, formatted once for the snapshot rather than on every
 * request.
 *
 * @param snapshot the snapshot the date belongs to
 * @param header the date as an HTTP-date, as sent in {@code Last-Modified}
 * @param responseHeader the {@code Last-Modified} header with that date, encoded
 */
record LastModified(SiteSnapshot snapshot, String header, ResponseHeader responseHeader) {

	/** The HTTP-date format (RFC 9110, IMF-fixdate): always two-digit days and GMT. */
	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	static LastModified of(SiteSnapshot snapshot) {
		String header = HTTP_DATE.format(snapshot.lastModified());
		return new LastModified(snapshot, header, ResponseHeader.of("Last-Modified", header));
	}

	/**
	 * True when a client's {@code If-Modified-Since} date is not before the snapshot's date.
	 * Clients send back the date they were given, so that is compared as text first; a date
	 * that cannot be read is ignored, as RFC 9110 asks.
	 */
	boolean notModifiedSince(String ifModifiedSince) {
		if (ifModifiedSince == null) {
			return false;
		}
		if (ifModifiedSince.equals(header)) {
			return true;
		}
		try {
			Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.strip()));
			return !since.isBefore(snapshot.lastModified());
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
