package org.redress.base.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.TypeTokenFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers for complaint text. Chinese is indexed as overlapping character bigrams: on the labelled queries in
 * docs/search-quality.md bigrams with AND matching were exact (precision and recall 1.0), where the word-segmenting
 * smartcn analyzer, which splits 跑路, 扣款 and 先用后付 into single characters, needs phrase queries to be as
 * exact; bigrams also index faster and exist on Elasticsearch/OpenSearch without a plugin (the built-in cjk
 * analyzer). English is stemmed so that "refund" also finds "refunds" and "refunded". Merchant names also get edge
 * n-grams for partial names.
 */
public class ComplaintAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String CJK_BIGRAM = "cjk_bigram";
    public static final String ENGLISH = "english";
    public static final String SORT_NORMALIZER = "sort";
    /** Merchant names cut into edge n-grams at index time, so that a typed prefix of any word matches. */
    public static final String NAME_NGRAM = "name_ngram";
    public static final String NAME_SEARCH = "name_search";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CJK_BIGRAM).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class);
        // Han, kana and hangul tokens are dropped from the English field: there they would be single characters
        // that match almost any Chinese text; the bigram field handles them.
        context.analyzer(ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(TypeTokenFilterFactory.class)
                .param("types", "cjk-token-types.txt")
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(NAME_NGRAM).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", "12")
                .param("preserveOriginal", "true");
        context.analyzer(NAME_SEARCH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SORT_NORMALIZER).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
