package org.ketaminereference.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.KetamineReferenceApplication;
import org.ketaminereference.content.TestContent;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator switches on or relies on when stopping: the access log
 * ({@code reference.access-log}) and graceful shutdown ({@code server.shutdown=graceful}), on the
 * application as {@code main} starts it, with a small article.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogAndShutdownIT {

	@TempDir
	Path content;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theAccessLogWritesOneLinePerRequestOfThePublicPort(CapturedOutput output) throws Exception {
		TestContent.in(content);
		try (ConfigurableApplicationContext context = start(new SpringApplication(KetamineReferenceApplication.class),
				"--reference.access-log=true")) {
			assertThat(get(port(context), "/alpha?from=log-test").statusCode()).isEqualTo(200);
			assertThat(get(port(context), "/no-such-page").statusCode()).isEqualTo(404);
			int management = context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
			assertThat(get(management, "/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
		assertThat(output.getOut().lines().filter((line) -> line.contains("\"GET /alpha?from=log-test HTTP/1.1\"")))
			.singleElement()
			.asString()
			.containsPattern(" access-log +: 127\\.0\\.0\\.1 - - \\[[^]]+] \"GET /alpha\\?from=log-test HTTP/1.1\" 200 \\d+ \"-\" \"Java-http-client/");
		assertThat(output.getOut()).containsPattern("\"GET /no-such-page HTTP/1.1\" 404 \\d+")
			.doesNotContain("/actuator/health/readiness HTTP");
	}

	@Test
	void withoutTheSettingNothingIsLogged(CapturedOutput output) throws Exception {
		TestContent.in(content);
		try (ConfigurableApplicationContext context = start(new SpringApplication(KetamineReferenceApplication.class))) {
			assertThat(get(port(context), "/alpha?from=log-test").statusCode()).isEqualTo(200);
		}
		assertThat(output.getOut()).doesNotContain("/alpha?from=log-test");
	}

	/** A stop while a request is being answered waits for the answer, which the client gets whole. */
	@Test
	void aRequestInFlightDuringShutdownCompletes() throws Exception {
		TestContent.in(content);
		SpringApplication application = new SpringApplication(KetamineReferenceApplication.class);
		SlowServlet slow = new SlowServlet();
		application.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton("slowServlet", new ServletRegistrationBean<>(slow, SlowServlet.PATH)));
		ConfigurableApplicationContext context = start(application);
		int port = port(context);
		CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlowServlet.PATH)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(slow.entered.await(60, TimeUnit.SECONDS)).as("the slow request reached its handler").isTrue();

		CompletableFuture<Void> stopped = CompletableFuture.runAsync(context::close);
		// The stop waits for the request: still waiting after a while, then done once it is answered.
		assertThat(stopped).failsWithin(Duration.ofSeconds(2));
		slow.release.countDown();
		stopped.get(30, TimeUnit.SECONDS);

		HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(SlowServlet.BODY);
	}

	private ConfigurableApplicationContext start(SpringApplication application, String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--management.server.port=0", "--reference.content-dir=" + content, "--spring.main.banner-mode=off"));
		args.addAll(List.of(more));
		return application.run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Answers only when the test lets it: a request that is certainly in flight when the stop
	 * begins. A plain servlet registered by the test, so that no component scan finds it.
	 */
	static final class SlowServlet extends HttpServlet {

		static final String PATH = "/slow-request-for-the-shutdown-test";

		static final String BODY = "answered after the stop began";

		final CountDownLatch entered = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			entered.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/plain");
			response.getWriter().write(BODY);
		}

	}

}
