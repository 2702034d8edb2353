package org.redress.search;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Passes the Elasticsearch/OpenSearch user and password to Hibernate Search only when they are set: an empty user
 * would otherwise be sent as basic authentication to a server that has none.
 */
@Component
@Profile("elasticsearch")
class ElasticsearchCredentials implements HibernatePropertiesCustomizer {

    private final String username;
    private final String password;

    ElasticsearchCredentials(@Value("${redress.search.elasticsearch.username:}") String username,
                             @Value("${redress.search.elasticsearch.password:}") String password) {
        this.username = username;
        this.password = password;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (!username.isBlank()) {
            properties.put("hibernate.search.backend.username", username);
            properties.put("hibernate.search.backend.password", password);
        }
    }
}
