package org.ketaminereference.web;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code /actuator/prometheus} on the management port: the site's metrics when they are on
 * ({@link SiteMetrics}), 404 when they are off. The endpoint always exists, since which endpoints
 * exist is fixed at build time in the image; what it answers is decided at start.
 */
@Endpoint(id = "prometheus")
public final class PrometheusEndpoint {

	/** What {@code PrometheusMeterRegistry.scrape()} writes: Prometheus' text format 0.0.4. */
	static final String TEXT_FORMAT = "text/plain;version=0.0.4;charset=utf-8";

	private final SiteMetrics metrics;

	PrometheusEndpoint(SiteMetrics metrics) {
		this.metrics = metrics;
	}

	@ReadOperation(produces = TEXT_FORMAT)
	public WebEndpointResponse<String> scrape() {
		String text = metrics.scrape();
		return (text != null) ? new WebEndpointResponse<>(text) : new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
	}

}
