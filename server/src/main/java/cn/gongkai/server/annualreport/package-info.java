/**
 * 政府信息公开工作年度报告 compiled from the platform's records: table 二 from the register of
 * normative documents and the figures the organ enters, table 三 from the request cases, table 四
 * from the reconsideration and litigation records, and the organ's prose; validated by the report
 * core's rules on every save.
 */
@NullMarked
package cn.gongkai.server.annualreport;

import org.jspecify.annotations.NullMarked;
