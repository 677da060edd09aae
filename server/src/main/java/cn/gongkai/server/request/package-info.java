/**
 * 依申请公开 (disclosure on request, Art. 27–45): intake online and at the counter, the statutory clock
 * (Art. 30–34), decisions that are exactly one row of table 三, letters, processing fees
 * (国办函〔2020〕109号), and the reconsideration and litigation records of table 四.
 */
@NullMarked
package cn.gongkai.server.request;

import org.jspecify.annotations.NullMarked;
