package org.redress.merchant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.redress.base.search.ComplaintAnalysisConfigurer;

/** A merchant consumers complain about: one canonical record even when it trades under several shop names. */
@Entity
@Table(name = "merchant")
@Indexed(index = "merchant")
public class Merchant {

    public static final int NAME_MAX = 200;
    public static final int SHOP_ID_MAX = 100;
    public static final int CONTACT_MAX = 200;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "merchant_seq")
    @SequenceGenerator(name = "merchant_seq", sequenceName = "merchant_seq", allocationSize = 50)
    @GenericField(name = "id", aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Long id;

    @Version
    private long version;

    @FullTextField(analyzer = ComplaintAnalysisConfigurer.CJK_BIGRAM)
    @FullTextField(name = "name_ngram", analyzer = ComplaintAnalysisConfigurer.NAME_NGRAM,
            searchAnalyzer = ComplaintAnalysisConfigurer.NAME_SEARCH)
    @KeywordField(name = "name_keyword", projectable = Projectable.YES, sortable = Sortable.YES,
            normalizer = ComplaintAnalysisConfigurer.SORT_NORMALIZER)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", length = NAME_MAX)
    private String nameKey;

    @FullTextField(name = "aliases", analyzer = ComplaintAnalysisConfigurer.CJK_BIGRAM)
    @FullTextField(name = "aliases_ngram", analyzer = ComplaintAnalysisConfigurer.NAME_NGRAM,
            searchAnalyzer = ComplaintAnalysisConfigurer.NAME_SEARCH)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "merchant_alias", joinColumns = @JoinColumn(name = "merchant_id"))
    @Column(name = "alias", nullable = false, length = NAME_MAX)
    private Set<String> aliases = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_code", nullable = false)
    @IndexedEmbedded(includePaths = "code")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Platform platform;

    @KeywordField(normalizer = ComplaintAnalysisConfigurer.SORT_NORMALIZER)
    @Column(name = "shop_id", length = SHOP_ID_MAX)
    private String shopId;

    @KeywordField(normalizer = ComplaintAnalysisConfigurer.SORT_NORMALIZER)
    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "parent_company", length = NAME_MAX)
    private String parentCompany;

    @Column(length = CONTACT_MAX)
    private String contact;

    @Column(length = NOTES_MAX)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set when this record was merged into another; it then only points at the survivor. */
    @GenericField(name = "merged_into")
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    protected Merchant() {
    }

    Merchant(String name, Platform platform, String shopId, Instant createdAt) {
        this.name = name;
        this.nameKey = MerchantNames.key(name);
        this.platform = platform;
        this.shopId = shopId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getShopId() {
        return shopId;
    }

    public String getCreditCode() {
        return creditCode;
    }

    void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getContact() {
        return contact;
    }

    void setContact(String contact) {
        this.contact = contact;
    }

    public String getNotes() {
        return notes;
    }

    void setNotes(String notes) {
        this.notes = notes;
    }

    public String getParentCompany() {
        return parentCompany;
    }

    void setParentCompany(String parentCompany) {
        this.parentCompany = parentCompany;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    void setAliases(Set<String> aliases) {
        this.aliases.clear();
        this.aliases.addAll(aliases);
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    void mergeInto(Long targetId) {
        this.mergedIntoId = targetId;
    }

    void unmerge() {
        this.mergedIntoId = null;
    }

    /** Adds aliases that the record does not have yet (name included) and returns those it added. */
    List<String> addAliases(Collection<String> candidates) {
        List<String> added = new ArrayList<>();
        for (String alias : candidates) {
            if (alias != null && !alias.isBlank() && !alias.equals(name) && aliases.add(alias)) {
                added.add(alias);
            }
        }
        return added;
    }

    void removeAliases(Collection<String> toRemove) {
        aliases.removeAll(toRemove);
    }

    MerchantSummary toSummary() {
        return new MerchantSummary(id, name, platform.getCode(), shopId);
    }
}
