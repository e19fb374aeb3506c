package org.ketaminereference.site;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;

/**
 * Builds the site (or reads the {@link PrebuiltSite}) on its own thread from the moment the
 * configuration is known, while Spring creates the rest of the application and starts the web
 * server: on two cores a start then
 * takes about the longer of the two, not their sum. The search index, which only the search
 * page needs, is built once the application is ready. {@link SiteConfiguration} waits for the
 * result once every bean exists, before the server opens its port, so a reader never sees a
 * half-built site and invalid content still stops the start with its problems listed.
 */
public final class BackgroundSiteBuild implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "backgroundSiteBuild";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// The build's ahead-of-time processing only records bean definitions; no site to build.
			return;
		}
		ReferenceProperties properties;
		try {
			properties = Binder.get(context.getEnvironment()).bindOrCreate("reference", ReferenceProperties.class);
		}
		catch (BindException ex) {
			// The context binds the properties again and reports the problem better than we can.
			return;
		}
		CompletableFuture<SiteSnapshot> snapshot = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			SiteSnapshot built;
			try {
				built = PrebuiltSite.read(properties)
					.orElseGet(() -> new SiteBuilder(SiteTemplates.engine(), Clock.systemUTC()).build(properties));
			}
			catch (Throwable ex) {
				snapshot.completeExceptionally(ex);
				return;
			}
			snapshot.complete(built);
		}, "site-build");
		// Should the start fail elsewhere first, the build must not keep the JVM alive.
		thread.setDaemon(true);
		thread.start();
		// The search index, which only the search page needs, once the server is open: building it
		// earlier would take a core from the start itself. The first search rarely waits for it.
		context.addApplicationListener((event) -> {
			if (event instanceof ApplicationReadyEvent) {
				Thread indexing = new Thread(() -> snapshot.join().search().prepare(), "search-index");
				indexing.setDaemon(true);
				indexing.start();
			}
		});
		context.getBeanFactory().registerSingleton(BEAN_NAME, new Running(properties, snapshot));
	}

	/**
	 * A build under way.
	 * @param properties the settings it was started with, before the context validated them
	 */
	record Running(ReferenceProperties properties, CompletableFuture<SiteSnapshot> snapshot) {
	}

}
