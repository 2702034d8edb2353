package org.redress.base.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The same analyzers as {@link ComplaintAnalysisConfigurer}, under the same names, for Elasticsearch and OpenSearch:
 * everything here is built into both servers, so no analysis plugin has to be installed. Chinese is indexed as
 * character bigrams (the built-in cjk_width, lowercase and cjk_bigram filters), which docs/search-quality.md found
 * more exact for complaint text than word segmentation (smartcn/IK), and which needs no per-server plugin upgrades.
 */
public class ComplaintElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String DROP_CJK = "redress_drop_cjk";
    private static final String POSSESSIVE = "redress_english_possessive";
    private static final String EDGE = "redress_edge_ngram";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // Han, kana and hangul tokens are dropped from the English field, as with Lucene: the bigram field has them.
        context.tokenFilter(DROP_CJK).type("keep_types")
                .param("types", "<IDEOGRAPHIC>", "<HIRAGANA>", "<KATAKANA>", "<HANGUL>")
                .param("mode", "exclude");
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(EDGE).type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 12)
                .param("preserve_original", true);

        context.analyzer(ComplaintAnalysisConfigurer.CJK_BIGRAM).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram");
        context.analyzer(ComplaintAnalysisConfigurer.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters(DROP_CJK, POSSESSIVE, "lowercase", "asciifolding", "porter_stem");
        context.analyzer(ComplaintAnalysisConfigurer.NAME_NGRAM).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "asciifolding", EDGE);
        context.analyzer(ComplaintAnalysisConfigurer.NAME_SEARCH).custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "asciifolding");
        context.normalizer(ComplaintAnalysisConfigurer.SORT_NORMALIZER).custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
