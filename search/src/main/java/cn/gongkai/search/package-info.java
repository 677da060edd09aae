/**
 * Full-text search over published items (主动公开信息检索). Plain Java over Hibernate Search's
 * standalone mapper: embedded Lucene with the smartcn word segmenter by default, or an
 * OpenSearch/Elasticsearch cluster by configuration, with the same mapping and queries.
 */
@NullMarked
package cn.gongkai.search;

import org.jspecify.annotations.NullMarked;
