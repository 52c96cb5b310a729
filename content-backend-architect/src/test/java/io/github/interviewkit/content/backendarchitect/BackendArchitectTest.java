package io.github.interviewkit.content.backendarchitect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.interviewkit.model.InterviewKitException;
import io.github.interviewkit.model.Role;
import io.github.interviewkit.model.spi.ContentPack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BackendArchitectTest {

    @Test
    void role_returnsTheSameInstanceOnEveryCall() {
        Role first = BackendArchitect.role();
        assertSame(first, BackendArchitect.role());
        assertEquals(BackendArchitect.ID, first.id());
    }

    @Test
    void role_returnsTheSameInstanceToConcurrentCallers() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Role>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit((Callable<Role>) () -> {
                    start.await();
                    return BackendArchitect.role();
                }));
            }
            start.countDown();
            Role expected = BackendArchitect.role();
            for (Future<Role> result : results) {
                assertSame(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pack_hasTheKitsIdAndReturnsTheEntryPointsRole() {
        ContentPack pack = BackendArchitect.pack();
        assertEquals(BackendArchitect.ID, pack.id());
        assertSame(BackendArchitect.role(), pack.role());
    }
}
