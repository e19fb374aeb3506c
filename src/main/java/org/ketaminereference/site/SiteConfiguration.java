package org.ketaminereference.site;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;

/**
 * Loads the site while the application starts (see {@link SiteLoader}). Invalid content stops
 * the start, with every problem listed; a reader never sees a half-loaded site. Because this
 * happens before the application reports itself ready, the readiness probe only passes once the
 * content is loaded.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	/** The server namespace of Spring Boot's management server (on its own port). */
	private static final String MANAGEMENT = "management";

	/**
	 * Spring Boot checks every {@code @ConfigurationProperties} object with the bean of this name.
	 * Static, because the binder needs it before this configuration exists.
	 */
	@Bean
	static Validator configurationPropertiesValidator() {
		return new ReferencePropertiesValidator();
	}

	@Bean
	SiteBuilder siteBuilder() {
		return new SiteBuilder();
	}

	@Bean
	SiteLoader siteLoader(SiteBuilder builder, ReferenceProperties properties) {
		return new SiteLoader(builder, properties);
	}

	/**
	 * The site, loaded on its own thread while Spring creates the other beans and the web server:
	 * on two cores a start then takes about the longer of the two, not their sum. The web server
	 * needs this bean for its error pages, so the load starts as the server is being made.
	 * {@link CurrentSite} waits for it once every bean exists, before the server opens its port.
	 */
	@Bean
	CurrentSite currentSite(SiteLoader loader) {
		return new CurrentSite(CompletableFuture.supplyAsync(loader::load, (task) -> daemon(task, "site-load")));
	}

	/**
	 * Once the application is ready (the site's and the management server's ports open), indexes
	 * the site for search and then adds the Brotli forms to a site rendered at start: only the
	 * search page needs the index, Brotli only makes pages smaller, and doing either earlier would
	 * take a core from the start. Not as soon as the site's port opens: on two cores the index
	 * (0.3 s of CPU for the prebuilt site, Lucene's classes loaded from the jars) then competed
	 * with the management server's start and the first requests. The first search rarely waits;
	 * until the Brotli forms are there, pages go out with gzip. Only the site's server does this:
	 * not the commands that write the site out (ready too, without a web server; they serve
	 * nothing), nor the management server (a child context whose events reach this one).
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> searchIndexAndBrotliOnceReady(CurrentSite site) {
		return (event) -> {
			ApplicationContext context = event.getApplicationContext();
			if (!(context instanceof WebServerApplicationContext)
					|| WebServerApplicationContext.hasServerNamespace(context, MANAGEMENT)) {
				return;
			}
			daemon(() -> {
				site.snapshot().search().prepare();
				site.precompress();
			}, "search-index-and-brotli");
		};
	}

	@Bean
	ContentWatcher contentWatcher(SiteLoader loader, ReferenceProperties properties, CurrentSite site) {
		return new ContentWatcher(properties.contentDir(), loader::build, site, properties.watch());
	}

	/** Should the start fail elsewhere first, a thread of ours must not keep the JVM alive. */
	private static void daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

}
