package cn.gongkai.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzer named {@value #ANALYZER}: Chinese word segmentation (smartcn's hidden Markov model), so
 * that 信息公开 is searched as 信息 + 公开 and not as four single characters. The same name is defined
 * for both backends; a cluster needs its analysis-smartcn plugin.
 */
public final class ChineseAnalysis {

    public static final String ANALYZER = "chinese";

    private ChineseAnalysis() {
    }

    /** Embedded Lucene: smartcn's analyzer, with its stop list of punctuation. */
    public static final class Lucene implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(ANALYZER).instance(new SmartChineseAnalyzer());
        }
    }

    /** OpenSearch/Elasticsearch: the analyzer of the analysis-smartcn plugin. */
    public static final class Cluster implements ElasticsearchAnalysisConfigurer {
        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.analyzer(ANALYZER).type("smartcn");
        }
    }
}
