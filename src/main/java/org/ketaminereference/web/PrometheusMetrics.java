package org.ketaminereference.web;

import java.util.List;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The metrics when they are on: a Prometheus registry with the JVM's and the process's meters. */
final class PrometheusMetrics {

	private PrometheusMetrics() {
	}

	/**
	 * The meters Spring Boot's defaults bind: memory, garbage collection, threads and classes of
	 * the JVM; CPU, uptime and open files of the process.
	 */
	static SiteMetrics create() {
		PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		JvmGcMetrics gc = new JvmGcMetrics();
		for (MeterBinder binder : List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(),
				new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics())) {
			binder.bindTo(registry);
		}
		return new SiteMetrics(true, registry, registry::scrape, List.<AutoCloseable>of(gc, registry::close));
	}

}
