package org.redress.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analyzers for complaint text. Chinese text gets both a word-segmenting analyzer (smartcn) and a CJK bigram
 * analyzer, because smartcn splits common complaint words (跑路, 扣款) into single characters; English text is
 * stemmed so that "refund" also finds "refunds" and "refunded".
 */
public class ComplaintAnalysisConfigurer implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    public static final String CJK_BIGRAM = "cjk_bigram";
    public static final String ENGLISH = "english";
    public static final String SORT_NORMALIZER = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(CJK_BIGRAM).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class);
        context.analyzer(ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.normalizer(SORT_NORMALIZER).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
