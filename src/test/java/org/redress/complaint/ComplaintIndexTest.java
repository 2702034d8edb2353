package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.engine.backend.metamodel.IndexDescriptor;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.redress.RedressTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The field names other modules query by are fields of the complaint index, so a renamed property cannot slip by. */
@RedressTest
class ComplaintIndexTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void every_published_field_name_is_a_field_of_the_complaint_index() throws IllegalAccessException {
        IndexDescriptor index = Search.mapping(entityManagerFactory).indexedEntity(Complaint.class).indexManager()
                .descriptor();
        List<Field> constants = Arrays.stream(ComplaintIndex.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();
        assertThat(constants).hasSizeGreaterThan(10);
        for (Field constant : constants) {
            String name = (String) constant.get(null);
            assertThat(index.field(name)).as(constant.getName() + " = " + name).isPresent();
        }
    }
}
