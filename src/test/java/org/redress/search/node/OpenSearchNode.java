package org.redress.search.node;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real one-node OpenSearch inside the test JVM, for the test runs of the elasticsearch profile. It starts once per
 * JVM when {@value #SWITCH} is set (the Maven execution that runs those tests sets it) and publishes its address as
 * {@code ELASTICSEARCH_HOSTS}, which the elasticsearch profile reads; other test runs never start it.
 */
public final class OpenSearchNode implements LauncherSessionListener {

    public static final String SWITCH = "redress.test.opensearch";

    private static OpenSearchRunner runner;
    private static String hosts;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean(SWITCH)) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** Starts the node unless it runs already; answers its HTTP address, {@code 127.0.0.1:port}. */
    public static synchronized String start() {
        if (runner == null) {
            Path home;
            try {
                home = Files.createTempDirectory("redress-opensearch");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            OpenSearchRunner node = new OpenSearchRunner();
            node.onBuild((number, settings) -> {
                settings.put("network.host", "127.0.0.1");
                settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
                settings.put("action.auto_create_index", false);
            }).build(newConfigs().basePath(home.toString()).clusterName("redress-test").numOfNode(1)
                    .disableESLogger());
            node.ensureYellow();
            runner = node;
            hosts = "127.0.0.1:" + node.node().settings().get("http.port");
            System.setProperty("ELASTICSEARCH_HOSTS", hosts);
        }
        return hosts;
    }

    private static synchronized void stop() {
        if (runner != null) {
            try {
                runner.close();
                runner.clean();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                runner = null;
            }
        }
    }
}
