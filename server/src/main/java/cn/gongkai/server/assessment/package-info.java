/**
 * 月度考核与通报 (Art. 46–47): each month, every organ's disclosure work measured from the platform's own
 * records (publishing, Art. 26 timeliness, requests, complaints, links, guide, rectification), scored by
 * a configurable scheme, ranked, and issued by the supervising office as a bulletin (通报) in Word and PDF.
 */
@NullMarked
package cn.gongkai.server.assessment;

import org.jspecify.annotations.NullMarked;
