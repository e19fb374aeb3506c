package org.ketaminereference.content;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * A parsed YAML text that still knows where each value came from, so that binding and validation
 * errors can name the line. Dates stay strings (SnakeYAML would turn them into
 * {@code java.util.Date} in the JVM's time zone); the binder parses them as ISO dates.
 */
final class YamlDocument {

	private static final Pattern NOT_PATH_CHARACTER = Pattern.compile("[^a-z0-9.\\[\\]]");

	private final Object data;

	private final Map<String, Integer> lines = new HashMap<>();

	private final Map<String, String> yamlPaths = new HashMap<>();

	private final int firstLine;

	private YamlDocument(Node root, DataConstructor constructor, int firstLine) {
		this.firstLine = firstLine;
		if (root != null) {
			index(root, "", "");
		}
		// After the index: making the data merges "<<" keys into the nodes.
		this.data = constructor.data(root);
	}

	/**
	 * Parses YAML text.
	 * @param text the YAML
	 * @param firstLine the line of the file on which the text starts (1-based)
	 * @throws MalformedYamlException when the text is not valid YAML
	 */
	static YamlDocument parse(String text, int firstLine) {
		try {
			// One parse: the nodes give the lines, and the data is made from the same nodes.
			DataConstructor constructor = new DataConstructor();
			Node root = newYaml(constructor).compose(new StringReader(text));
			return new YamlDocument(root, constructor, firstLine);
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + firstLine : firstLine;
			throw new MalformedYamlException(line, "invalid YAML: " + ex.getProblem());
		}
		catch (RuntimeException ex) {
			throw new MalformedYamlException(firstLine, "invalid YAML: " + ex.getMessage());
		}
	}

	Object data() {
		return data;
	}

	/**
	 * The line of the value at a path such as {@code changes[0].date} or
	 * {@code containerTitle}; spelling differences between YAML keys and Java names
	 * ({@code container-title}, {@code DOI}) are ignored. Falls back to the nearest parent.
	 */
	int lineOf(String path) {
		String key = normalise(path);
		while (true) {
			Integer line = lines.get(key);
			if (line != null) {
				return line;
			}
			if (key.isEmpty()) {
				return firstLine;
			}
			key = parentOf(key);
		}
	}

	/** The line of each top-level field, by the name the author wrote. */
	Map<String, Integer> topLevelLines() {
		Map<String, Integer> result = new HashMap<>();
		yamlPaths.forEach((key, yamlPath) -> {
			if (!yamlPath.isEmpty() && !yamlPath.contains(".") && !yamlPath.contains("[")) {
				result.put(yamlPath, lines.get(key));
			}
		});
		return result;
	}

	/** The path as the author wrote it in YAML, for messages; the given path if unknown. */
	String yamlPathOf(String path) {
		return yamlPaths.getOrDefault(normalise(path), path);
	}

	private void index(Node node, String path, String yamlPath) {
		String key = normalise(path);
		lines.putIfAbsent(key, node.getStartMark().getLine() + firstLine);
		yamlPaths.putIfAbsent(key, yamlPath);
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode keyNode) {
					String name = keyNode.getValue();
					String childPath = path.isEmpty() ? name : path + "." + name;
					String childYamlPath = yamlPath.isEmpty() ? name : yamlPath + "." + name;
					// Point at the key's line: for a nested block the value starts on the next line.
					lines.putIfAbsent(normalise(childPath), keyNode.getStartMark().getLine() + firstLine);
					index(tuple.getValueNode(), childPath, childYamlPath);
				}
			}
		}
		else if (node instanceof SequenceNode sequence) {
			List<Node> items = sequence.getValue();
			for (int i = 0; i < items.size(); i++) {
				index(items.get(i), path + "[" + i + "]", yamlPath + "[" + i + "]");
			}
		}
	}

	private static String normalise(String path) {
		return NOT_PATH_CHARACTER.matcher(path.toLowerCase(Locale.ROOT)).replaceAll("");
	}

	private static String parentOf(String key) {
		int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
		return (cut <= 0) ? "" : key.substring(0, cut);
	}

	private static Yaml newYaml(DataConstructor constructor) {
		DumperOptions dumperOptions = new DumperOptions();
		return new Yaml(constructor, new Representer(dumperOptions), dumperOptions, constructor.getLoadingConfig(),
				new ResolverWithoutTimestamps());
	}

	/**
	 * SnakeYAML's safe constructor, made to build the data from nodes already composed: what
	 * {@link Yaml#load} does after composing them, without reading the text a second time.
	 */
	private static final class DataConstructor extends SafeConstructor {

		DataConstructor() {
			super(options());
		}

		/** Duplicate keys are an error, as an author would not mean both. */
		private static LoaderOptions options() {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			return options;
		}

		/** The data of a document's root node; {@code null} for an empty document, as {@link Yaml#load} gives. */
		Object data(Node root) {
			return (root != null) ? constructDocument(root) : null;
		}

	}

	/** Resolves everything SnakeYAML normally does except timestamps, which stay strings. */
	private static final class ResolverWithoutTimestamps extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.MERGE, MERGE, "<");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

	/** The text is not YAML at all; carries the line SnakeYAML pointed at. */
	static final class MalformedYamlException extends RuntimeException {

		private final int line;

		MalformedYamlException(int line, String message) {
			super(message);
			this.line = line;
		}

		int line() {
			return line;
		}

	}

}
