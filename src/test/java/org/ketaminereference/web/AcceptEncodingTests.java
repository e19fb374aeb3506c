package org.ketaminereference.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminereference.web.AcceptEncoding.Coding;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptEncodingTests {

	@ParameterizedTest
	@ValueSource(strings = { "br", "BR", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8, *;q=0.1", " br ", "*",
			"gzip;q=0.5, br;q=0.5", "gzip, br;q=1", "br; q = 0.9, gzip;q=0.8", "*;q=0.3, gzip;q=0.2",
			"br;level=5;q=0.001" })
	void sendsBrotliWhenItIsAcceptedAtLeastAsMuchAsGzip(String header) {
		assertThat(AcceptEncoding.choose(header, true, true)).isEqualTo(Coding.BROTLI);
	}

	@ParameterizedTest
	@ValueSource(strings = { "gzip", "GZIP", "gzip, deflate", "br;q=0.5, gzip", "br;q=0, gzip", "gzip;q=0.9, br;q=0.8",
			"*;q=0.1, gzip", "br;q=0.000, *", "gzip;q=1, br;q=0.999", "xbr, gzip" })
	void sendsGzipWhenItIsPreferredOrBrotliIsNotAccepted(String header) {
		assertThat(AcceptEncoding.choose(header, true, true)).isEqualTo(Coding.GZIP);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "identity", "deflate", "gzip;q=0, br;q=0", "*;q=0", "br;Q=0.000, gzip;q=0.0, identity",
			"x-gzip", "gzipped, brotli", "gzip;q=0., br;q=0" })
	void sendsThePlainBytesWhenNeitherIsAccepted(String header) {
		assertThat(AcceptEncoding.choose(header, true, true)).isEqualTo(Coding.IDENTITY);
	}

	/** Browsers of the last years send this; a page without a Brotli form (yet) goes out as gzip. */
	@Test
	void sendsTheFormsThePageHas() {
		String browser = "gzip, deflate, br, zstd";
		assertThat(AcceptEncoding.choose(browser, false, true)).isEqualTo(Coding.GZIP);
		assertThat(AcceptEncoding.choose(browser, true, false)).isEqualTo(Coding.BROTLI);
		assertThat(AcceptEncoding.choose(browser, false, false)).isEqualTo(Coding.IDENTITY);
		assertThat(AcceptEncoding.choose("br", false, true)).isEqualTo(Coding.IDENTITY);
	}

	/** A quality that cannot be read counts as full: an odd header must not turn compression off. */
	@ParameterizedTest
	@ValueSource(strings = { "br;q=high", "br;q=", "br;q=2", "br;q=0.12345" })
	void readsAnOddQualityAsFull(String header) {
		assertThat(AcceptEncoding.choose(header + ", gzip;q=0.9", true, true)).isEqualTo(Coding.BROTLI);
	}

}
