package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Why complaints are matched on CJK bigrams rather than smartcn words: on a labelled set of complaint sentences
 * with hard negatives (跑步 / 路口 / 跑了…路上 for 跑路, 先付款 / 先用了…后来付款 for 先用后付), smartcn splits the
 * key words into single characters, so an OR match drowns in false hits and an AND match accepts characters
 * scattered over the text; only phrase matching on smartcn tokens is as exact as bigrams. The figures printed here
 * are recorded in docs/search-quality.md.
 */
class ChineseAnalyzerComparisonTest {

    static final List<String> DOCS = List.of(
            "商家已经跑路了，客服联系不上",          // 0
            "主播说先用后付，结果拒绝退款",          // 1
            "快递送到路口就不管了，包裹丢失",        // 2
            "客服态度很差，一直推诿",               // 3
            "跑步机收到就坏了，商家不退款",          // 4
            "先付款后发货，一直不发货",             // 5
            "重复扣款两次，商家说会退",             // 6
            "银行卡被扣款，没有授权",               // 7
            "直播间停播，老板人跑了找不到",          // 8
            "用了一周就坏了，后来付了维修费",        // 9
            "说好的运费险没有，客服服务很敷衍",      // 10
            "收到货后发现是假货，要求退货退款",      // 11
            "我跑了三趟快递点，路上还摔了一跤",      // 12: 跑 and 路, not 跑路
            "先用了两天，后来付款页面打不开");       // 13: 先 用 后 付, not 先用后付

    static final Map<String, Set<Integer>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("跑路", Set.of(0));
        EXPECTED.put("退款", Set.of(1, 4, 11));
        EXPECTED.put("扣款", Set.of(6, 7));
        EXPECTED.put("先用后付", Set.of(1));
        EXPECTED.put("客服", Set.of(0, 3, 10));
        EXPECTED.put("假货", Set.of(11));
    }

    record Score(double precision, double recall) {
    }

    static Analyzer bigram() throws IOException {
        return CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(CJKWidthFilterFactory.class).addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(CJKBigramFilterFactory.class).build();
    }

    static Score evaluate(Analyzer analyzer, BooleanClause.Occur operator, boolean phrase) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < DOCS.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField("text", DOCS.get(i), Field.Store.NO));
                doc.add(new StoredField("id", i));
                writer.addDocument(doc);
            }
        }
        int truePositives = 0;
        int retrieved = 0;
        int relevant = 0;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryBuilder builder = new QueryBuilder(analyzer);
            for (var entry : EXPECTED.entrySet()) {
                Query query = phrase ? builder.createPhraseQuery("text", entry.getKey())
                        : builder.createBooleanQuery("text", entry.getKey(), operator);
                Set<Integer> found = new HashSet<>();
                for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
                    found.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().intValue());
                }
                retrieved += found.size();
                relevant += entry.getValue().size();
                truePositives += (int) found.stream().filter(entry.getValue()::contains).count();
            }
        }
        return new Score(retrieved == 0 ? 0 : truePositives / (double) retrieved, truePositives / (double) relevant);
    }

    @Test
    void bigrams_find_every_complaint_word_without_false_hits_and_smartcn_does_not() throws IOException {
        Score smartcnOr = evaluate(new SmartChineseAnalyzer(), BooleanClause.Occur.SHOULD, false);
        Score smartcnAnd = evaluate(new SmartChineseAnalyzer(), BooleanClause.Occur.MUST, false);
        Score smartcnPhrase = evaluate(new SmartChineseAnalyzer(), BooleanClause.Occur.MUST, true);
        Score bigramAnd = evaluate(bigram(), BooleanClause.Occur.MUST, false);
        List<String> lines = new ArrayList<>();
        lines.add("smartcn OR      " + smartcnOr);
        lines.add("smartcn AND     " + smartcnAnd);
        lines.add("smartcn phrase  " + smartcnPhrase);
        lines.add("bigram AND      " + bigramAnd);
        lines.forEach(System.out::println);

        assertThat(bigramAnd.precision()).isEqualTo(1.0);
        assertThat(bigramAnd.recall()).isEqualTo(1.0);
        assertThat(smartcnOr.precision()).isLessThan(0.7);
        assertThat(smartcnAnd.precision()).isLessThan(bigramAnd.precision());
        assertThat(smartcnPhrase.precision()).isEqualTo(1.0);
    }
}
