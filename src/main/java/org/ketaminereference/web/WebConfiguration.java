package org.ketaminereference.web;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.ketaminereference.site.CurrentSite;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Wires the web layer into the server: page serving in front of the servlet pipeline, the
 * security headers on every dispatch Spring MVC answers (including error dispatches), and the
 * site's own page for errors Tomcat answers itself.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final int SOCKET_WRITE_BUFFER_BYTES = 64 * 1024;

	/** The setting that switches the access log on. */
	static final String ACCESS_LOG = "reference.access-log";

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/** Metrics on or off, from {@value SiteMetrics#SETTING} at start (see {@link SiteMetrics}). */
	@Bean
	SiteMetrics siteMetrics(Environment environment) {
		return SiteMetrics.fromSetting(environment);
	}

	@Bean
	PrometheusEndpoint prometheusEndpoint(SiteMetrics metrics) {
		return new PrometheusEndpoint(metrics);
	}

	/**
	 * Page serving as a valve of the application's context, ahead of the servlet filters and
	 * Spring MVC ({@link PageServingValve}); the request metrics, when on, ahead of it, so that
	 * they time every request. Tomcat's remote IP valve has run before both (X-Forwarded-Proto
	 * decides HSTS), and the access log is written after whichever answered.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> pageServingValve(CurrentSite site, SiteMetrics metrics) {
		return (factory) -> {
			if (metrics.on()) {
				factory.addContextValves(new RequestMetricsValve(metrics.registry()));
			}
			factory.addContextValves(new PageServingValve(site));
		};
	}

	/**
	 * Tomcat copies a response to the socket through a per-connection buffer of 8 KiB by default,
	 * so a 50 KiB section page costs seven socket writes; with 64 KiB it costs one, and plain
	 * responses are served about twice as fast (bench/run). Every page's gzip form, what browsers
	 * get, fits in one write; a plain page over 64 KiB (/history) takes two. The buffer is allocated
	 * in the heap for each open connection, which is why {@code server.tomcat.max-connections} is
	 * 512: at most 36 MiB with the 8 KiB read buffer, which the image's fixed heap must hold beside
	 * the site (a smaller buffer would need less heap, but cost plain responses more socket writes;
	 * see docs/security.md, "Connections and limits").
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer() {
		return (factory) -> factory.addConnectorCustomizers(
				(connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE_BUFFER_BYTES)));
	}

	/**
	 * The access log ({@link AccessLog}) when {@code reference.access-log}
	 * is true. Read when the server is made, not as a bean condition: the image's ahead-of-time
	 * bean definitions fix conditions at build time, and this setting is the operator's.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> accessLog(Environment environment) {
		return (factory) -> {
			if (environment.getProperty(ACCESS_LOG, Boolean.class, false)) {
				factory.addEngineValves(new AccessLog());
			}
		};
	}

	@Bean
	TomcatErrorPageCustomizer tomcatErrorPageCustomizer(CurrentSite site) {
		return new TomcatErrorPageCustomizer(site);
	}

	/**
	 * Puts {@link SiteErrorReportValve} in the place of every other error report valve on the
	 * host. Runs after Spring Boot's own customizer, which adds a plain {@link ErrorReportValve};
	 * naming our class as the host's error valve stops Tomcat adding its default one at start.
	 */
	static final class TomcatErrorPageCustomizer
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final CurrentSite site;

		TomcatErrorPageCustomizer(CurrentSite site) {
			this.site = site;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				StandardHost host = (StandardHost) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(SiteErrorReportValve.class.getName());
				host.getPipeline().addValve(new SiteErrorReportValve(site));
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
