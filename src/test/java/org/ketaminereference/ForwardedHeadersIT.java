package org.ketaminereference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy on a private or loopback address: the application sees the
 * reader's scheme, host and address from the proxy's {@code X-Forwarded-*} headers, while the
 * links it writes stay what {@code reference.base-url} says and its redirects stay relative, so
 * neither depends on a header a client could forge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ForwardedHeadersIT.RequestAsSeen.class)
class ForwardedHeadersIT {

	private static final String[] PROXY_HEADERS = { "X-Forwarded-Proto", "https", "X-Forwarded-Host",
			"reference.example.org", "X-Forwarded-For", "203.0.113.7" };

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theRequestIsTheReadersAsTheProxyReportsIt() throws Exception {
		assertThat(send("/test/request-as-seen", PROXY_HEADERS).body())
			.isEqualTo("https reference.example.org 443 secure 203.0.113.7");
	}

	@Test
	void withoutAProxyTheRequestIsTheConnections() throws Exception {
		assertThat(send("/test/request-as-seen").body()).isEqualTo("http 127.0.0.1 " + port + " plain 127.0.0.1");
	}

	@Test
	void canonicalLinksComeFromTheConfiguredBaseUrlNotFromHeaders() throws Exception {
		HttpResponse<String> response = send("/history", "X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"attacker.example");
		assertThat(Jsoup.parse(response.body()).select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/history");
	}

	@Test
	void redirectsAreRelativeSoTheyKeepTheProxysSchemeAndHost() throws Exception {
		HttpResponse<String> response = send("/history/", PROXY_HEADERS);
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue("/history");
	}

	private HttpResponse<String> send(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Shows how the application sees a request, which nothing in the site itself prints. */
	@RestController
	static class RequestAsSeen {

		@GetMapping("/test/request-as-seen")
		String requestAsSeen(HttpServletRequest request) {
			return String.join(" ", request.getScheme(), request.getServerName(), String.valueOf(request.getServerPort()),
					request.isSecure() ? "secure" : "plain", request.getRemoteAddr());
		}

	}

}
