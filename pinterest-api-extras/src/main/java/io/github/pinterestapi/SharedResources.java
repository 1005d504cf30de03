package io.github.pinterestapi;

import okhttp3.OkHttpClient;

/**
 * The dispatcher threads and connection pool that a root {@link Pinterest} client created, shared
 * with every client made from it by {@link Pinterest#newBuilder()}, and released when the last of
 * them is closed (reference counted), whichever is closed first.
 *
 * <pre>{@code
 * SharedResources resources = new SharedResources(base); // held by the root
 * resources.retain();  // a client built from root.newBuilder()
 * resources.release(); // each close(); the last one shuts the dispatcher down
 * }</pre>
 */
final class SharedResources {
  private final OkHttpClient client;
  private int users = 1;

  SharedResources(OkHttpClient client) {
    this.client = client;
  }

  /** One more client uses these resources. */
  synchronized SharedResources retain() {
    if (users == 0) {
      throw new IllegalStateException("Every client sharing these connections is closed");
    }
    users++;
    return this;
  }

  /** One client is done with them; the last one releases the threads and connections. */
  synchronized void release() {
    if (users > 0 && --users == 0) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
