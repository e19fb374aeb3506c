package org.ketaminereference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped deployment files agree with the application and with the image: the probes ask
 * paths the running application answers with 200, the ports are the application's, and the
 * containers run as the image's user with a read-only root filesystem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeploymentManifestsIT {

	private static final int APPLICATION_PORT = ResolvedPort.with(Map.of());

	private static final int MANAGEMENT_PORT = ResolvedPort.management(Map.of());

	private static final Path KUBERNETES = Path.of("deploy/kubernetes");

	private static final String NAME = "ketamine-reference";

	@LocalManagementPort
	private int managementPort;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void kubernetesProbesAskPathsTheApplicationAnswers() throws Exception {
		Map<String, Object> container = container();
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			Map<String, Object> httpGet = map(map(container, probe), "httpGet");
			assertThat(httpGet.get("port")).as(probe).isEqualTo("management");
			String path = (String) httpGet.get("path");
			assertThat(path).as(probe).startsWith("/actuator/health/");
			assertThat(get(path).statusCode()).as("%s %s", probe, path).isEqualTo(200);
		}
		assertThat(map(map(container, "readinessProbe"), "httpGet")).containsEntry("path", "/actuator/health/readiness");
		assertThat(map(map(container, "livenessProbe"), "httpGet")).containsEntry("path", "/actuator/health/liveness");
	}

	@Test
	void kubernetesPortsAreTheApplications() throws Exception {
		assertThat(list(container(), "ports")).containsExactly(Map.of("name", "http", "containerPort", APPLICATION_PORT),
				Map.of("name", "management", "containerPort", MANAGEMENT_PORT));
		Map<String, Object> service = yaml("deploy/kubernetes/service.yaml");
		assertThat(list(map(service, "spec"), "ports")).singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("targetPort", "http");
		assertThat(map(map(service, "spec"), "selector"))
			.isEqualTo(map(map(map(map(deployment(), "spec"), "template"), "metadata"), "labels"));
	}

	@Test
	void kubernetesRunsTheImagesUserReadOnlyWithLimits() throws Exception {
		Map<String, Object> pod = map(map(deployment(), "spec"), "template");
		Map<String, Object> podSecurity = map(map(pod, "spec"), "securityContext");
		assertThat(podSecurity).containsEntry("runAsNonRoot", true)
			.containsEntry("runAsUser", Integer.parseInt(imageUser()[0]))
			.containsEntry("runAsGroup", Integer.parseInt(imageUser()[1]));
		Map<String, Object> container = container();
		assertThat(map(container, "securityContext")).containsEntry("readOnlyRootFilesystem", true)
			.containsEntry("allowPrivilegeEscalation", false);
		assertThat(list(container, "volumeMounts")).contains(Map.of("name", "tmp", "mountPath", "/tmp"));
		assertThat(list(map(pod, "spec"), "volumes")).singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("name", "tmp")
			.containsKey("emptyDir");
		assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
		assertThat(map(map(container, "resources"), "limits")).containsKeys("cpu", "memory");
	}

	@Test
	void composeRunsTheSiteReadOnlyOnTheApplicationsPort() throws Exception {
		Map<String, Object> site = map(map(yaml("compose.yaml"), "services"), "site");
		assertThat(list(site, "ports")).singleElement()
			.asString()
			.endsWith(":" + APPLICATION_PORT);
		assertThat(site).containsEntry("read_only", true);
		assertThat(list(site, "tmpfs")).contains("/tmp");
		// The base URL is the image's (its prebuilt pages carry it): set at run time too, it could
		// differ, and every start would render the article instead of reading it.
		assertThat(map(map(site, "build"), "args")).containsKey("REFERENCE_BASE_URL");
		if (site.containsKey("environment")) {
			assertThat(map(site, "environment")).doesNotContainKey("REFERENCE_BASE_URL");
		}
	}

	@Test
	void theImageExposesTheApplicationsPortAndChecksReadiness() throws Exception {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).containsPattern("(?m)^EXPOSE " + APPLICATION_PORT + " " + MANAGEMENT_PORT + "$");
		Matcher healthcheck = Pattern.compile("(?s)HEALTHCHECK.*?(/actuator/health/\\w+)").matcher(dockerfile);
		assertThat(healthcheck.find()).isTrue();
		assertThat(get(healthcheck.group(1)).statusCode()).isEqualTo(200);
		assertThat(healthcheck.group(1)).isEqualTo("/actuator/health/readiness");
		assertThat(dockerfile).contains("http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-" + MANAGEMENT_PORT + "}/actuator/health/");
	}

	@Test
	void everyKubernetesManifestIsWellFormedAndNamesTheSite() throws Exception {
		List<String> files;
		try (var listing = Files.list(KUBERNETES)) {
			files = listing.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith(".yaml")).sorted().toList();
		}
		assertThat(files).contains("deployment.yaml", "service.yaml", "pod-disruption-budget.yaml",
				"horizontal-pod-autoscaler.yaml", "network-policy.yaml", "ingress-example.yaml");
		for (String file : files) {
			Map<String, Object> manifest = yaml("deploy/kubernetes/" + file);
			assertThat(manifest).as(file).containsKeys("apiVersion", "kind");
			if (!file.equals("kustomization.yaml")) {
				assertThat(map(manifest, "metadata")).as(file).containsEntry("name", NAME);
				assertThat(map(map(manifest, "metadata"), "labels")).as(file).isEqualTo(podLabels());
			}
		}
		// Everything but the example (whose host and certificate are the operator's) is applied.
		List<String> applied = files.stream()
			.filter((file) -> !file.equals("kustomization.yaml") && !file.equals("ingress-example.yaml"))
			.toList();
		assertThat(list(yaml("deploy/kubernetes/kustomization.yaml"), "resources")).containsExactlyInAnyOrderElementsOf(applied);
	}

	@Test
	void kubernetesKeepsReplicasAcrossNodesAndDisruptions() throws Exception {
		Map<String, Object> podSpec = map(map(map(deployment(), "spec"), "template"), "spec");
		assertThat(list(podSpec, "topologySpreadConstraints")).singleElement()
			.asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("topologyKey", "kubernetes.io/hostname")
			.containsEntry("labelSelector", Map.of("matchLabels", podLabels()));
		Map<String, Object> budget = map(yaml("deploy/kubernetes/pod-disruption-budget.yaml"), "spec");
		assertThat(budget).containsEntry("selector", Map.of("matchLabels", podLabels()));
		assertThat((Integer) budget.get("minAvailable")).isPositive();
		Map<String, Object> autoscaler = map(yaml("deploy/kubernetes/horizontal-pod-autoscaler.yaml"), "spec");
		assertThat(map(autoscaler, "scaleTargetRef")).containsEntry("kind", "Deployment").containsEntry("name", NAME);
		assertThat((Integer) autoscaler.get("minReplicas")).isGreaterThan((Integer) budget.get("minAvailable"));
	}

	@Test
	void kubernetesStopsAPodOnlyAfterTheLoadBalancerHasLetGo() throws Exception {
		Map<String, Object> podSpec = map(map(map(deployment(), "spec"), "template"), "spec");
		int pause = (Integer) map(map(map(container(), "lifecycle"), "preStop"), "sleep").get("seconds");
		assertThat(pause).isPositive();
		// The pause, then Spring's graceful shutdown (30 s per phase by default), within the grace period.
		assertThat((Integer) podSpec.get("terminationGracePeriodSeconds")).isGreaterThan(pause + 30);
	}

	/** Anyone may reach the site; only the monitoring namespace its management port; nothing goes out. */
	@Test
	void kubernetesLetsTrafficInOnTheHttpPortAndNothingOut() throws Exception {
		Map<String, Object> policy = map(yaml("deploy/kubernetes/network-policy.yaml"), "spec");
		assertThat(policy).containsEntry("podSelector", Map.of("matchLabels", podLabels()));
		assertThat(list(policy, "policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
		assertThat(list(policy, "egress")).isEmpty();
		List<Object> ingress = list(policy, "ingress");
		assertThat(ingress).hasSize(2);
		assertThat(ingress.get(0)).isEqualTo(Map.of("ports", List.of(Map.of("port", "http", "protocol", "TCP"))));
		assertThat(ingress.get(1)).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("ports", List.of(Map.of("port", "management", "protocol", "TCP")))
			.containsKey("from");
	}

	@Test
	void kubectlBuildsTheKustomizationWhereItIsInstalled() throws Exception {
		Path kubectl = Stream.of(System.getenv("PATH").split(":")).map((dir) -> Path.of(dir, "kubectl"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(kubectl != null, "kubectl is not installed here; the YAML checks above still ran");
		Process process = new ProcessBuilder(kubectl.toString(), "kustomize", KUBERNETES.toString()).redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(output).isZero();
	}

	private static Map<String, Object> podLabels() throws IOException {
		return map(map(map(map(deployment(), "spec"), "template"), "metadata"), "labels");
	}

	private static Map<String, Object> deployment() throws IOException {
		return yaml("deploy/kubernetes/deployment.yaml");
	}

	private static Map<String, Object> container() throws IOException {
		List<Object> containers = list(map(map(map(deployment(), "spec"), "template"), "spec"), "containers");
		assertThat(containers).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> container = (Map<String, Object>) containers.get(0);
		return container;
	}

	/** The {@code USER uid:gid} of the image's runtime stage. */
	private static String[] imageUser() throws IOException {
		Matcher user = Pattern.compile("(?m)^USER (\\d+):(\\d+)$").matcher(Files.readString(Path.of("Dockerfile")));
		assertThat(user.find()).isTrue();
		return new String[] { user.group(1), user.group(2) };
	}

	private static Map<String, Object> yaml(String file) throws IOException {
		return new Yaml().load(Files.readString(Path.of(file)));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (List<Object>) parent.get(key);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
