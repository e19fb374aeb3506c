package org.ketaminereference.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.ketaminereference.routes.Routes;

/**
 * Counts and times every request as {@value #METRIC}, tagged with the kind of page ({@link #kind})
 * and the status. A Tomcat valve ahead of {@link PageServingValve}, which answers most requests
 * before the servlet pipeline, so Spring's own {@code http.server.requests} would never see them;
 * it sees each request once, however it is answered.
 */
final class RequestMetricsValve extends ValveBase {

	static final String METRIC = "site.requests";

	/**
	 * Histogram buckets for latency percentiles in Prometheus ({@code histogram_quantile}): a page
	 * from memory takes well under a millisecond, search and a PDF's first request much longer. A
	 * handful of buckets per kind and status keeps the number of series small.
	 */
	private static final Duration[] LATENCY_BUCKETS = { Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25),
			Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2) };

	private final Meter.MeterProvider<Timer> timers;

	RequestMetricsValve(MeterRegistry registry) {
		super(true);
		this.timers = Timer.builder(METRIC)
			.description("Requests to the public port, by kind of page and status")
			.serviceLevelObjectives(LATENCY_BUCKETS)
			.withRegistry(registry);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		long start = System.nanoTime();
		try {
			getNext().invoke(request, response);
		}
		finally {
			int status = response.getStatus();
			timers.withTags("kind", kind(request, status), "status", Integer.toString(status))
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * The kind of page from the route table ({@link Routes#kind}), or what became of the request
	 * instead: {@code redirect} (an old slug), {@code not-found}, or {@code other} for methods
	 * other than GET and HEAD.
	 */
	static String kind(HttpServletRequest request, int status) {
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			return "other";
		}
		if (status == HttpServletResponse.SC_NOT_FOUND) {
			return "not-found";
		}
		if (status == HttpServletResponse.SC_MOVED_PERMANENTLY) {
			return "redirect";
		}
		return Routes.kind(request.getRequestURI());
	}

}
