package org.ketaminereference;

import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The ports the application listens on with given environment variables, resolved by Spring Boot
 * from {@code application.properties} exactly as at startup (without starting the site).
 */
final class ResolvedPort {

	private ResolvedPort() {
	}

	static int with(Map<String, Object> environmentVariables) {
		return resolve("server.port", environmentVariables);
	}

	/** The management port ({@code management.server.port}) with these environment variables. */
	static int management(Map<String, Object> environmentVariables) {
		return resolve("management.server.port", environmentVariables);
	}

	private static int resolve(String property, Map<String, Object> environmentVariables) {
		StandardEnvironment environment = new StandardEnvironment() {

			@Override
			protected void customizePropertySources(MutablePropertySources sources) {
				sources.addLast(new SystemEnvironmentPropertySource(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						environmentVariables));
			}

		};
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.environment(environment)
			.run()) {
			return context.getEnvironment().getRequiredProperty(property, Integer.class);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
