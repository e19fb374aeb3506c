package org.ketaminereference.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ketaminereference.content.InvalidContentException;
import org.springframework.context.SmartLifecycle;

/**
 * Live content for authors ({@code reference.watch=true}): when a Markdown or bibliography file
 * in the content directory changes, the site is rebuilt and swapped in whole. A broken edit is
 * logged with every problem and the last good version keeps serving, so an author never takes
 * the site down by saving half a sentence.
 */
final class ContentWatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ContentWatcher.class);

	/**
	 * Editors save in bursts (write a temporary file, rename, touch); waiting this long for quiet
	 * rebuilds once per save.
	 */
	private static final long QUIET_MILLIS = 200;

	private final Path contentDir;

	private final Supplier<SiteSnapshot> rebuild;

	private final CurrentSite site;

	private final boolean enabled;

	private volatile WatchService watchService;

	private Thread thread;

	/**
	 * @param rebuild loads, validates and renders the content into a new snapshot, or throws
	 * {@link InvalidContentException}
	 * @param enabled whether to watch at all
	 */
	ContentWatcher(Path contentDir, Supplier<SiteSnapshot> rebuild, CurrentSite site, boolean enabled) {
		this.contentDir = contentDir;
		this.rebuild = rebuild;
		this.site = site;
		this.enabled = enabled;
	}

	@Override
	public boolean isAutoStartup() {
		return enabled;
	}

	@Override
	public void start() {
		WatchService service;
		try {
			service = FileSystems.getDefault().newWatchService();
			registerTree(service, contentDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot watch " + contentDir.toAbsolutePath(), ex);
		}
		watchService = service;
		thread = new Thread(() -> watch(service), "content-watcher");
		thread.setDaemon(true);
		thread.start();
		logger.info("Watching " + contentDir.toAbsolutePath() + ": edits to .md and .yaml files rebuild the site");
	}

	@Override
	public void stop() {
		try {
			watchService.close();
			thread.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (IOException ex) {
			logger.warn("Could not stop watching " + contentDir, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			watchService = null;
		}
	}

	@Override
	public boolean isRunning() {
		return watchService != null;
	}

	/**
	 * Waits for changes, at most a second at a time: when the content folder itself is removed its
	 * watch ends with it, and nothing would announce the folder's return but looking for it.
	 */
	private void watch(WatchService service) {
		boolean folderWatched = true;
		try {
			while (true) {
				WatchKey key = service.poll(1, TimeUnit.SECONDS);
				boolean changed = (key != null) && handle(service, key);
				for (WatchKey next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); next != null; next = service
					.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
					changed |= handle(service, next);
				}
				if (folderWatched && !Files.isDirectory(contentDir)) {
					folderWatched = false;
					changed = true;
				}
				else if (!folderWatched && Files.isDirectory(contentDir)) {
					folderWatched = watchAgain(service);
					changed = folderWatched;
				}
				if (changed) {
					reload();
				}
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			// Stopped.
		}
	}

	/** The content folder is back (restored, checked out again): watch it and its subfolders anew. */
	private boolean watchAgain(WatchService service) throws InterruptedException {
		try {
			registerTree(service, contentDir);
		}
		catch (IOException ex) {
			logger.warn("The content folder " + contentDir.toAbsolutePath() + " is back but cannot be watched yet: " + ex);
			return false;
		}
		logger.info("The content folder " + contentDir.toAbsolutePath() + " is back: watching it again");
		// A restore writes many files: let it finish before reading them.
		Thread.sleep(QUIET_MILLIS);
		return true;
	}

	/** Registers new folders and tells whether a content file changed. */
	private boolean handle(WatchService service, WatchKey key) {
		boolean changed = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
				changed = true;
				continue;
			}
			Path path = ((Path) key.watchable()).resolve((Path) event.context());
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
				try {
					registerTree(service, path);
				}
				catch (IOException ex) {
					logger.warn("Cannot watch new folder " + path, ex);
				}
				// Files copied in with the folder may have come before its watch.
				changed = true;
			}
			String name = path.getFileName().toString();
			changed |= name.endsWith(".md") || name.endsWith(".yaml");
		}
		key.reset();
		return changed;
	}

	private void reload() {
		try {
			site.replace(rebuild.get());
			logger.info("Content changed: the site was rebuilt");
			// Already serving with gzip; the smaller Brotli forms follow.
			site.precompress();
		}
		catch (InvalidContentException ex) {
			logger.warn(ex.getMessage() + System.lineSeparator() + "The last good version of the site keeps serving.");
		}
		catch (RuntimeException ex) {
			// The watcher must outlive a failed rebuild: the next save may fix it.
			logger.error("Could not rebuild the site; the last good version keeps serving", ex);
		}
	}

	private static void registerTree(WatchService service, Path root) throws IOException {
		try (Stream<Path> folders = Files.walk(root)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
						StandardWatchEventKinds.ENTRY_MODIFY);
			}
		}
	}

}
