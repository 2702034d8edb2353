package org.redress.merchant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A sales platform (Kuaishou, Douyin, …). A managed list rather than an enum, because administrators add new
 * platforms as they appear; the seeded codes are part of the API contract.
 */
@Entity
@Table(name = "platform")
public class Platform {

    public static final int CODE_MAX = 30;

    @Id
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(length = CODE_MAX)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 50)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Platform() {
    }

    Platform(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    PlatformRef toRef() {
        return new PlatformRef(code, nameZh, nameEn);
    }

    /** Every name the platform goes by (code, Chinese, English), for matching what people type. */
    public List<String> names() {
        return Stream.of(code, nameZh, nameEn).filter(Objects::nonNull).toList();
    }
}
