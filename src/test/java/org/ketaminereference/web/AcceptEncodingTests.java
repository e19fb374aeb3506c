package org.ketaminereference.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptEncodingTests {

	@ParameterizedTest
	@ValueSource(strings = { "gzip", "GZIP", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8, *;q=0.1", " gzip ",
			"deflate,gzip", "*", "gzip;q=1", "gzip; q = 0.5", "*;q=0, gzip", "gzip;level=1;q=0.001" })
	void allowsGzip(String header) {
		assertThat(AcceptEncoding.allowsGzip(header)).isTrue();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "identity", "br, deflate", "gzip;q=0", "gzip;Q=0.000", "gzip ; q = 0.0, identity",
			"*;q=0", "gzip;q=0, *", "x-gzip", "gzipped", "gzip;q=0." })
	void refusesGzip(String header) {
		assertThat(AcceptEncoding.allowsGzip(header)).isFalse();
	}

}
