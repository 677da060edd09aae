package cn.gongkai.server.assessment;

import java.time.LocalDate;

/** Who issued a month's assessment and bulletin, and when. */
public record Issued(LocalDate on, String by) {
}
