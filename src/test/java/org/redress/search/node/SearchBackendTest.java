package org.redress.search.node;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.redress.TestData;
import org.redress.complaint.ComplaintService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which engine answered: the OpenSearch execution must really index into the node it started, not fall back to the
 * local index (the same test classes run in both executions, so a silent fallback would pass everything).
 */
@RedressTest
class SearchBackendTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    ComplaintService complaints;
    @Autowired
    TestData data;

    @Test
    void aFiledComplaintLandsInTheEngineOfTheExecution() throws Exception {
        var backend = Search.mapping(entityManagerFactory).backend();
        if (!Boolean.getBoolean(OpenSearchNode.SWITCH)) {
            assertThat(backend).isInstanceOf(LuceneBackend.class);
            return;
        }
        assertThat(backend).isInstanceOf(ElasticsearchBackend.class);
        long before = countOnNode();
        TestData.asAdmin(() -> complaints.file(TestData.draft(data.merchant("引擎检查直播间").id())));
        assertThat(countOnNode()).isEqualTo(before + 1);
    }

    private static long countOnNode() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + OpenSearchNode.start() + "/complaint-read/_count")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Long.parseLong(response.body().replaceAll(".*\"count\":(\\d+).*", "$1"));
    }
}
