package org.ketaminereference;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** How the application reads its settings at startup, and how it refuses bad ones. */
@ExtendWith(OutputCaptureExtension.class)
class StartupConfigurationTests {

	@Test
	void listensOn8080ByDefault() {
		assertThat(ResolvedPort.with(Map.of())).isEqualTo(8080);
	}

	@Test
	void takesThePortFromPortAsManyPlatformsSetIt() {
		assertThat(ResolvedPort.with(Map.of("PORT", "9000"))).isEqualTo(9000);
	}

	@Test
	void serverPortWinsOverPort() {
		assertThat(ResolvedPort.with(Map.of("SERVER_PORT", "9100", "PORT", "9000"))).isEqualTo(9100);
	}

	@Test
	void aBadBaseUrlStopsTheStartWithTheSettingAndWhatIsWrong(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(KetamineReferenceApplication.class)
			.web(WebApplicationType.NONE)
			.run("--reference.base-url=reference.example.org/"));
		assertThat(output).contains("APPLICATION FAILED TO START", "Origin: \"reference.base-url\"",
				"Value: \"reference.example.org/\"",
				"Reason: must be an http(s) URL without a trailing slash, query or fragment")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	void aBadFeedbackUrlStopsTheStartWithTheSettingAndWhatIsWrong(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(KetamineReferenceApplication.class)
			.web(WebApplicationType.NONE)
			.run("--reference.feedback-url=javascript:alert(1)"));
		assertThat(output).contains("APPLICATION FAILED TO START", "Origin: \"reference.feedback-url\"",
				"Value: \"javascript:alert(1)\"", "Reason: must be a mailto: address or an https:// URL without a fragment")
			.doesNotContain("\tat org.springframework");
	}

	@Test
	void aMissingContentDirectoryStopsTheStartNamingIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(KetamineReferenceApplication.class)
			.web(WebApplicationType.NONE)
			.run("--reference.content-dir=no-such-directory"));
		assertThat(output).contains("APPLICATION FAILED TO START", "no-such-directory: content directory not found");
	}

}
