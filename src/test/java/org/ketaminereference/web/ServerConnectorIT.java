package org.ketaminereference.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.apache.catalina.connector.Connector;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminereference.site.CurrentSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector is tuned for pages written from memory (see {@link WebConfiguration}): a socket
 * write buffer that holds every page as browsers get it (gzip), and the limits that bound what those buffers
 * cost. Pages larger than the buffer still arrive whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerConnectorIT {

	@LocalServerPort
	private int port;

	@Autowired
	private WebServerApplicationContext context;

	@Autowired
	private CurrentSite site;

	/**
	 * The gzip form of every page fits the buffer: one socket write each. The one-page article is
	 * the exception (over 64 KiB gzip, long by nature): it takes two writes, and
	 * {@link #pagesOfAnySizeArriveWhole} checks that it arrives whole.
	 */
	@Test
	void writesThroughABufferThatHoldsEveryPageAsBrowsersGetIt() {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		assertThat(property(connector, "socket.appWriteBufSize")).isEqualTo(WebConfiguration.SOCKET_WRITE_BUFFER_BYTES);
		Map<String, Integer> gzipBytes = new TreeMap<>();
		site.snapshot().pages().forEach((path, page) -> gzipBytes.put(path,
				((page.gzipped() != null) ? page.gzipped() : page.body()).length));
		assertThat(gzipBytes.remove("/article")).as("the one-page article, the exception").isNotNull();
		assertThat(gzipBytes).as("pages").hasSizeGreaterThan(10);
		assertThat(gzipBytes).allSatisfy((path, bytes) -> assertThat(bytes).as("gzip bytes of %s", path)
			.isLessThanOrEqualTo(WebConfiguration.SOCKET_WRITE_BUFFER_BYTES));
		// What the buffers may cost at most: every connection holds one.
		assertThat(property(connector, "maxConnections")).isEqualTo(512);
		assertThat(property(connector, "maxThreads")).isEqualTo(8);
	}

	/** Tomcat gives some properties as text, others as numbers. */
	private static int property(Connector connector, String name) {
		return Integer.parseInt(String.valueOf(connector.getProperty(name)));
	}

	/** Smaller than the buffer, about its size, and three times larger (the one-page article). */
	@ParameterizedTest
	@ValueSource(strings = { "/about", "/history", "/article" })
	void pagesOfAnySizeArriveWhole(String path) throws Exception {
		byte[] expected = site.snapshot().pages().get(path).body();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(expected.length);
		assertThat(response.body()).isEqualTo(expected);
		assertThat(Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8)).select("h1"))
			.isNotEmpty();
	}

}
