package org.ketaminereference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a platform sees of the application: on the management port, liveness and readiness for
 * its probes, the SBOM, metrics for Prometheus when switched on, and nothing else of the actuator; on the
 * public port, nothing of the actuator at all. Over real HTTP, with both ports as the application
 * configures them (a random port each in this test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIT {

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theManagementPortIsNotThePublicPort() {
		assertThat(managementPort).isPositive().isNotEqualTo(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health" })
	void probesAnswerUpAsJson(String path) throws Exception {
		HttpResponse<String> response = get(managementPort, path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/vnd.spring-boot.actuator.v3+json"));
		assertThat(json(response)).containsEntry("status", "UP");
	}

	@Test
	void healthTellsNothingButItsStatus() throws Exception {
		Map<String, Object> health = json(get(managementPort, "/actuator/health"));
		assertThat(health.keySet()).isSubsetOf("status", "groups").doesNotContain("components", "details");
		assertThat(json(get(managementPort, "/actuator/health/readiness"))).containsOnlyKeys("status");
		assertThat(json(get(managementPort, "/actuator/health/liveness"))).containsOnlyKeys("status");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/prometheus", "/actuator/sbom", "/actuator/sbom/application", "/actuator/env", "/actuator/beans",
			"/actuator/info", "/actuator/metrics", "/actuator/mappings", "/actuator/configprops", "/actuator/loggers",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/conditions", "/actuator/shutdown" })
	void thePublicPortAnswersNothingUnderActuator(String path) throws Exception {
		HttpResponse<String> response = get(port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).as(path).isEqualTo("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics",
			"/actuator/mappings", "/actuator/configprops", "/actuator/loggers", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/conditions", "/actuator/shutdown", "/actuator/health/diskSpace",
			"/actuator/health/ping", "/actuator/health/livenessState", "/", "/history" })
	void theManagementPortAnswersNothingElse(String path) throws Exception {
		HttpResponse<String> response = get(managementPort, path);
		assertThat(response.statusCode()).as(path).isEqualTo(404);
		assertThat(response.body()).as(path).doesNotContain("UP", "total", "free", "<h1");
	}

	@Test
	void shutdownCannotBePosted() throws Exception {
		for (int anyPort : new int[] { port, managementPort }) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(uri(anyPort, "/actuator/shutdown")).POST(HttpRequest.BodyPublishers.noBody())
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isIn(404, 405);
		}
		assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	/** Metrics are an opt-in: without the setting the endpoint answers 404 and nothing is counted. */
	@Test
	void metricsAreOffUnlessSwitchedOn() throws Exception {
		get(port, "/history");
		HttpResponse<String> response = get(managementPort, "/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("site_requests", "jvm_");
	}

	/** With {@code reference.metrics=true}. */
	@Nested
	@TestPropertySource(properties = "reference.metrics=true")
	class WithMetricsOn {

		@LocalServerPort
		private int sitePort;

		@LocalManagementPort
		private int metricsPort;

		/** Requests to the public port, counted and timed by kind of page and status. */
		@Test
		void prometheusCountsRequestsByKindOfPageAndStatus() throws Exception {
			for (String path : new String[] { "/history", "/article", "/search?q=ketamine", "/changes.atom",
					"/no-such-page", "/robots.txt" }) {
				get(sitePort, path);
			}
			HttpResponse<String> response = get(metricsPort, "/actuator/prometheus");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("text/plain"));
			assertThat(response.body()).containsPattern(requests("section", 200))
				.containsPattern(requests("article", 200))
				.containsPattern(requests("search", 200))
				.containsPattern(requests("feed", 200))
				.containsPattern(requests("not-found", 404))
				.containsPattern(requests("discovery", 200))
				.contains("site_requests_seconds_sum{", "jvm_memory_used_bytes{", "process_cpu_usage")
				// Latency buckets for percentiles, a handful per kind and status.
				.containsPattern("(?m)^site_requests_seconds_bucket\\{kind=\"section\",status=\"200\",le=\"0\\.5\"} [1-9]");
		}

		@Test
		void healthStaysWhereItIs() throws Exception {
			assertThat(get(metricsPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
			assertThat(get(sitePort, "/actuator/prometheus").statusCode()).isEqualTo(404);
		}

	}

	/** A counter line of site.requests with at least one request of this kind and status. */
	private static String requests(String kind, int status) {
		return "(?m)^site_requests_seconds_count\\{kind=\"" + kind + "\",status=\"" + status + "\"} [1-9]";
	}

	/** The CycloneDX SBOM the build puts into the jar (cyclonedx-maven-plugin, online builds only). */
	@Test
	void servesTheApplicationsSbom() throws Exception {
		if (!new ClassPathResource("META-INF/sbom/application.cdx.json").exists()) {
			RequiredChecks.skipOrFail("no SBOM on the class path: the build ran offline (-o), which the"
					+ " cyclonedx-maven-plugin skips");
		}
		assertThat(json(get(managementPort, "/actuator/sbom"))).containsKey("ids");
		HttpResponse<String> sbom = get(managementPort, "/actuator/sbom/application");
		assertThat(sbom.statusCode()).isEqualTo(200);
		Map<String, Object> bom = json(sbom);
		assertThat(bom).containsEntry("bomFormat", "CycloneDX");
		assertThat(sbom.body()).contains("\"name\" : \"spring-boot\"", "\"name\" : \"flexmark\"");
	}

	private HttpResponse<String> get(int anyPort, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(anyPort, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, Object> json(HttpResponse<String> response) {
		return JsonParserFactory.getJsonParser().parseMap(response.body());
	}

	private static URI uri(int anyPort, String path) {
		return URI.create("http://127.0.0.1:" + anyPort + path);
	}

}
