package org.ketaminereference.site;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The snapshot being served. Readers always see one whole snapshot: a content reload swaps in a
 * complete new one or nothing. As a bean, it waits for its first snapshot once every other bean
 * exists and before the web server opens its port: the first request finds the site ready, and
 * invalid content stops the start.
 */
public final class CurrentSite implements SmartInitializingSingleton {

	private final AtomicReference<SiteSnapshot> snapshot;

	/** The first snapshot while it may still be building; {@code null} when there was one from the start. */
	private final CompletableFuture<SiteSnapshot> first;

	public CurrentSite(SiteSnapshot initial) {
		this.snapshot = new AtomicReference<>(Objects.requireNonNull(initial));
		this.first = null;
	}

	/** A site whose first snapshot is still being built: the first reader waits for it. */
	CurrentSite(CompletableFuture<SiteSnapshot> first) {
		this.snapshot = new AtomicReference<>();
		this.first = Objects.requireNonNull(first);
	}

	/**
	 * The snapshot to serve; waits for the first one if it is still being built.
	 * @throws RuntimeException what building the first snapshot threw, such as
	 * {@link org.ketaminereference.content.InvalidContentException}
	 */
	public SiteSnapshot snapshot() {
		SiteSnapshot current = snapshot.get();
		return (current != null) ? current : awaitFirst();
	}

	@Override
	public void afterSingletonsInstantiated() {
		snapshot();
	}

	public void replace(SiteSnapshot next) {
		snapshot.set(Objects.requireNonNull(next));
	}

	/**
	 * Adds the Brotli forms (see {@link Precompression}) to the snapshot being served, once it is
	 * served: takes a second or so of CPU for a site rendered at start, nothing for a prebuilt one
	 * that carries them. A snapshot that a reload put in its place meanwhile is left as it is.
	 */
	void precompress() {
		SiteSnapshot current = snapshot();
		SiteSnapshot compressed = Precompression.withBrotli(current);
		if (compressed != current) {
			snapshot.compareAndSet(current, compressed);
		}
	}

	private SiteSnapshot awaitFirst() {
		SiteSnapshot built;
		try {
			built = first.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
		// A reload may have replaced it already; that one is newer.
		snapshot.compareAndSet(null, built);
		return snapshot.get();
	}

}
