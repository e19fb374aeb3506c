package org.ketaminereference.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTests {

	private final SecurityHeadersFilter filter = new SecurityHeadersFilter();

	@Test
	void setsEveryHeaderBeforeTheRequestIsHandled() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("GET", "/history"), response, chain);
		assertThat(chain.getRequest()).as("the request went on").isNotNull();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.getHeaderNames().forEach((name) -> headers.put(name.toLowerCase(Locale.ROOT), response.getHeaders(name)));
		assertThat(SecurityHeaderRules.violations(headers)).isEmpty();
		assertThat(response.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void addsHstsOnlyToSecureRequests() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/history");
		request.setSecure(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
	}

	/** The rules would let a weakened policy through if they could not fail: each mistake is caught. */
	@Test
	void theRulesCatchAWeakenedContentSecurityPolicy() {
		assertThat(SecurityHeaderRules.cspViolations("default-src 'self'; script-src 'self' 'unsafe-inline' 'UNSAFE-EVAL'; "
				+ "style-src 'unsafe-hashes' 'sha256-x'; script-src-elem 'strict-dynamic' blob:; img-src *.example.org data:; "
				+ "font-src data:; connect-src https://cdn.example.org https:; frame-ancestors *"))
			.containsExactlyInAnyOrder("script-src allows 'unsafe-inline'", "script-src allows 'UNSAFE-EVAL'",
					"style-src allows 'unsafe-hashes'", "script-src-elem allows 'strict-dynamic'",
					"script-src-elem allows blob:", "img-src allows *.example.org", "font-src allows data: (only img-src may)",
					"connect-src allows another origin, https://cdn.example.org", "connect-src allows https:",
					"frame-ancestors allows *", "default-src is ['self'], not 'none'", "base-uri is null, not 'none'",
					"frame-ancestors is [*], not 'none'");
	}

	@Test
	void theRulesCatchAPermissionsPolicyThatLeavesAFeatureOn() {
		assertThat(SecurityHeaderRules.documentedFeatures()).contains("camera", "microphone", "geolocation", "payment", "usb");
		assertThat(SecurityHeaderRules.permissionsPolicyViolations("camera=(self), geolocation=()"))
			.contains("permissions-policy does not disable camera=(self)",
					"permissions-policy leaves microphone on, which docs/security.md says is off")
			.noneMatch((problem) -> problem.contains("geolocation"));
	}

}
