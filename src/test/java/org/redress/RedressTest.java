package org.redress;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one Spring test set-up every integration test uses. One set-up means one application context for the whole
 * run: faster, and Vaadin's security-context strategy (installed globally by each context) stays the one that the
 * tests' mock users are written to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Searches in tests see what was just written: indexing completes before each transaction returns.
@SpringBootTest(properties = "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync")
@AutoConfigureMockMvc
@Import(TestData.class)
public @interface RedressTest {
}
