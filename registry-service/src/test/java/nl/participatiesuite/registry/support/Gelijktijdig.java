package nl.participatiesuite.registry.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Fires calls at the same moment: every thread waits at a start gate, then all go at once. */
public final class Gelijktijdig {

    private static final long DEADLINE_SECONDS = 120;

    private Gelijktijdig() {
    }

    public static <T> List<T> tegelijk(int aantal, IntFunction<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(aantal);
        CountDownLatch klaar = new CountDownLatch(aantal);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                int nummer = i;
                Callable<T> task = () -> {
                    klaar.countDown();
                    start.await();
                    return call.apply(nummer);
                };
                futures.add(threads.submit(task));
            }
            if (!klaar.await(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not all threads reached the start gate in time");
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(DEADLINE_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
            threads.awaitTermination(DEADLINE_SECONDS, TimeUnit.SECONDS);
        }
    }
}
