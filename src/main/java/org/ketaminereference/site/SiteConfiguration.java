package org.ketaminereference.site;

import java.time.Clock;

import org.ketaminereference.content.ContentLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.ITemplateEngine;

/**
 * Loads, validates and renders the content while the application starts. Invalid content stops
 * the start, with every problem listed; a reader never sees a half-loaded site. Because this
 * happens before the application reports itself ready, the readiness probe only passes once the
 * content is loaded.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	/** Builds with the system clock unless the context provides another, as tests do. */
	@Bean
	SiteBuilder siteBuilder(ITemplateEngine templateEngine, ObjectProvider<Clock> clock) {
		return new SiteBuilder(templateEngine, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	CurrentSite currentSite(SiteBuilder builder, ReferenceProperties properties) {
		return new CurrentSite(build(builder, properties));
	}

	@Bean
	ContentWatcher contentWatcher(SiteBuilder builder, ReferenceProperties properties, CurrentSite site) {
		return new ContentWatcher(properties.contentDir(), () -> build(builder, properties), site, properties.watch());
	}

	private static SiteSnapshot build(SiteBuilder builder, ReferenceProperties properties) {
		return builder.build(new ContentLoader().load(properties.contentDir()), properties);
	}

}
