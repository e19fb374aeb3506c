package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf engine the site's pages are rendered with: templates from {@code templates/},
 * text from {@code messages.properties}, Spring expressions. Made here rather than by Spring
 * Boot's auto-configuration, because pages are rendered once into bytes and never as MVC views,
 * and because the site can then be built while the application context is still starting (see
 * {@link SiteConfiguration}).
 */
final class SiteTemplates {

	private SiteTemplates() {
	}

	/**
	 * The one engine of the application: it is thread-safe, and setting up another one for each
	 * builder (tests make several) would only repeat work.
	 */
	static ITemplateEngine engine() {
		return Shared.ENGINE;
	}

	private static ITemplateEngine create() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver(SiteTemplates.class.getClassLoader());
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
		templates.setCheckExistence(true);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	/** Made on first use only: a start that serves a prebuilt site may never render a template. */
	private static final class Shared {

		static final ITemplateEngine ENGINE = create();

	}

}
