package org.ketaminereference.site;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;

/**
 * Loads, validates and renders the content while the application starts. Invalid content stops
 * the start, with every problem listed; a reader never sees a half-loaded site. Because this
 * happens before the application reports itself ready, the readiness probe only passes once the
 * content is loaded.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	/**
	 * Spring Boot checks every {@code @ConfigurationProperties} object with the bean of this name.
	 * Static, because the binder needs it before this configuration exists.
	 */
	@Bean
	static Validator configurationPropertiesValidator() {
		return new ReferencePropertiesValidator();
	}

	/** Builds with the system clock unless the context provides another, as tests do. */
	@Bean
	SiteBuilder siteBuilder(ObjectProvider<Clock> clock) {
		return new SiteBuilder(SiteTemplates.engine(), clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * The site being built in the background since the start (see {@link BackgroundSiteBuild})
	 * when that build has these settings and the system clock; otherwise the prebuilt site, if it
	 * was made from this content, or the site built here.
	 */
	@Bean
	CurrentSite currentSite(SiteBuilder builder, ReferenceProperties properties, ObjectProvider<Clock> clock,
			ObjectProvider<BackgroundSiteBuild.Running> background) {
		BackgroundSiteBuild.Running running = background.getIfAvailable();
		if (running != null && running.properties().equals(properties) && clock.getIfAvailable() == null) {
			return new CurrentSite(running.snapshot());
		}
		return new CurrentSite(PrebuiltSite.read(properties).orElseGet(() -> builder.build(properties)));
	}

	/**
	 * Waits for a site built in the background once every other bean exists and before the web
	 * server opens its port: the first request finds it ready, and invalid content stops the start.
	 */
	@Bean
	SmartInitializingSingleton siteReadyBeforeServing(CurrentSite site) {
		return site::snapshot;
	}

	@Bean
	ContentWatcher contentWatcher(SiteBuilder builder, ReferenceProperties properties, CurrentSite site) {
		return new ContentWatcher(properties.contentDir(), () -> builder.build(properties), site, properties.watch());
	}

}
