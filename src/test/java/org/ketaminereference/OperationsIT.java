package org.ketaminereference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a platform sees of the application: liveness and readiness for its probes, and nothing
 * else of the actuator. The actuator's handler mapping comes before the site's catch-all
 * {@code /**}, which these requests over real HTTP would show if it changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health" })
	void probesAnswerUpAsJson(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/vnd.spring-boot.actuator.v3+json"));
		assertThat(json(response)).containsEntry("status", "UP");
	}

	@Test
	void healthTellsNothingButItsStatus() throws Exception {
		Map<String, Object> health = json(get("/actuator/health"));
		assertThat(health.keySet()).isSubsetOf("status", "groups").doesNotContain("components", "details");
		assertThat(json(get("/actuator/health/readiness"))).containsOnlyKeys("status");
		assertThat(json(get("/actuator/health/liveness"))).containsOnlyKeys("status");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
			"/actuator/mappings", "/actuator/configprops", "/actuator/loggers", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/conditions", "/actuator/shutdown" })
	void everyOtherEndpointIsTheSitesNotFoundPage(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/diskSpace", "/actuator/health/ping", "/actuator/health/livenessState" })
	void noSingleHealthComponentCanBeAskedFor(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		assertThat(response.body()).as(path).doesNotContain("UP", "total", "free");
	}

	@Test
	void shutdownCannotBePosted() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(uri("/actuator/shutdown")).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(404, 405);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, Object> json(HttpResponse<String> response) {
		return JsonParserFactory.getJsonParser().parseMap(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
