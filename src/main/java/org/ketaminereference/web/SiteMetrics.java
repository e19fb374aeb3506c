package org.ketaminereference.web;

import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.springframework.core.env.Environment;

/**
 * The metrics of the site in Prometheus' format when the operator switches them on
 * ({@value #SETTING}); otherwise none: nothing recorded, no JVM meters, no Prometheus class loaded.
 * They make the start slower, so they are an opt-in (docs/self-hosting.md, "Metrics"). Made here rather than by Spring Boot's metrics auto-configuration, which is decided
 * by bean conditions that the image's ahead-of-time bean definitions fix at build time; this is
 * decided when the application starts, from the setting.
 */
final class SiteMetrics implements AutoCloseable {

	/** The setting that switches metrics on. */
	static final String SETTING = "reference.metrics";

	/** Whatever is recorded while metrics are off goes nowhere: an empty composite registry. */
	private static final SiteMetrics OFF = new SiteMetrics(false, new CompositeMeterRegistry(), () -> null, List.of());

	private final boolean on;

	private final MeterRegistry registry;

	private final Supplier<String> scrape;

	/** What to close at shutdown: the registry and the binders that listen to the JVM. */
	private final List<AutoCloseable> closeables;

	SiteMetrics(boolean on, MeterRegistry registry, Supplier<String> scrape, List<AutoCloseable> closeables) {
		this.on = on;
		this.registry = registry;
		this.scrape = scrape;
		this.closeables = List.copyOf(closeables);
	}

	/** On when {@value #SETTING} is true, read from the environment at start. */
	static SiteMetrics fromSetting(Environment environment) {
		// PrometheusMetrics is a class of its own so that the Prometheus classes load only here.
		return environment.getProperty(SETTING, Boolean.class, false) ? PrometheusMetrics.create() : OFF;
	}

	boolean on() {
		return on;
	}

	/** Where the request metrics go: a registry that records nothing when metrics are off. */
	MeterRegistry registry() {
		return registry;
	}

	/** Every meter in Prometheus' text format, or {@code null} when metrics are off. */
	String scrape() {
		return scrape.get();
	}

	@Override
	public void close() throws Exception {
		for (AutoCloseable closeable : closeables) {
			closeable.close();
		}
	}

}
