/**
 * Example: one {@link io.github.lede.Lede} shared by a pool of threads
 * ({@link io.github.lede.examples.threads.ParallelScan}).
 */
package io.github.lede.examples.threads;
