package org.ketaminereference.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow clients (a "slowloris": many connections that send their headers a byte at a time) do
 * not keep readers waiting, and a client that stops sending is cut off after the configured
 * connection timeout. The slow connections must still be open at the end, or the readers were
 * served beside nothing. Bounded: about 15 seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientsIT {

	private static final int SLOW_CLIENTS = 200;

	private static final Duration BETWEEN_BYTES = Duration.ofSeconds(2);

	private static final int READER_REQUESTS = 60;

	/** Far above what a page from memory takes, far below what a blocked server would take. */
	private static final Duration FAST_ENOUGH = Duration.ofSeconds(2);

	private static final byte[] SLOW_REQUEST = ("GET /history HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
			+ "a".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);

	@LocalServerPort
	private int port;

	@Value("${server.tomcat.connection-timeout}")
	private Duration connectionTimeout;

	@Test
	void readersAreServedWhileSlowClientsTrickleTheirHeaders() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try (Socket silent = connect()) {
			silent.getOutputStream().write("GET /hi".getBytes(StandardCharsets.ISO_8859_1));
			CompletableFuture<Duration> silentCutOff = CompletableFuture.supplyAsync(() -> untilClosed(silent));
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				slow.add(connect());
			}
			Thread trickle = new Thread(() -> trickle(slow));
			trickle.setDaemon(true);
			trickle.start();
			HttpClient http = HttpClient.newBuilder().connectTimeout(FAST_ENOUGH).build();
			Duration slowest = Duration.ZERO;
			for (int i = 0; i < READER_REQUESTS; i++) {
				long start = System.nanoTime();
				HttpResponse<byte[]> response = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/history")).timeout(FAST_ENOUGH).build(),
						HttpResponse.BodyHandlers.ofByteArray());
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				slowest = (took.compareTo(slowest) > 0) ? took : slowest;
				assertThat(response.statusCode()).isEqualTo(200);
				Thread.sleep(200);
			}
			assertThat(slowest).as("slowest of %d readers beside %d slow clients", READER_REQUESTS, SLOW_CLIENTS)
				.isLessThan(FAST_ENOUGH);
			assertThat(trickle.isAlive()).as("slow clients still trickling").isTrue();
			assertThat(slow.stream().filter(SlowClientsIT::stillOpen).count())
				.as("slow connections the server still holds open, waiting for the rest of their headers")
				.isEqualTo(SLOW_CLIENTS);

			assertThat(silentCutOff.get()).as("a silent client is cut off after the connection timeout")
				.isBetween(connectionTimeout.minusSeconds(1), connectionTimeout.plusSeconds(5));
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", port), (int) FAST_ENOUGH.toMillis());
		return socket;
	}

	/** Sends the next byte of the request on every slow connection, one round every two seconds. */
	private static void trickle(List<Socket> sockets) {
		for (int at = 0; at < SLOW_REQUEST.length; at++) {
			for (Socket socket : sockets) {
				try {
					socket.getOutputStream().write(SLOW_REQUEST[at]);
				}
				catch (IOException ex) {
					// Closed by the test's end or by the server; either way it has stopped trickling.
				}
			}
			try {
				Thread.sleep(BETWEEN_BYTES.toMillis());
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/**
	 * Whether the server has neither closed the connection nor answered on it: a read that finds
	 * nothing to read within a few milliseconds. A close or an answer is already in the socket's
	 * buffer, so it is found at once.
	 */
	private static boolean stillOpen(Socket socket) {
		try {
			socket.setSoTimeout(5);
			socket.getInputStream().read();
			return false;
		}
		catch (SocketTimeoutException ex) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Blocks until the server closes the connection; how long that took. */
	private static Duration untilClosed(Socket socket) {
		long start = System.nanoTime();
		try {
			socket.setSoTimeout(30_000);
			InputStream in = socket.getInputStream();
			while (in.read() >= 0) {
				// Whatever the server says before closing (it may answer 400) is not the point here.
			}
		}
		catch (IOException ex) {
			// A reset is a close too; a read timeout shows as a duration far too long.
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
