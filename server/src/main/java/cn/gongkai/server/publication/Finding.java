package cn.gongkai.server.publication;

import org.jspecify.annotations.Nullable;

/**
 * One finding of the text check, located: which field, where in its text, what was found, why, and
 * the words around it so the drafter sees it in place.
 */
public record Finding(String field, int offset, String found, Kind kind, @Nullable String suggestion, String before,
        String after) {

    /** What kind of problem. */
    public enum Kind {
        SENSITIVE("敏感词"),
        MISTAKE("易错字词"),
        PERSONAL_DATA("个人信息");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** The message a person reads. */
    public String message() {
        return switch (kind) {
            case SENSITIVE -> "出现敏感词“" + found + "”，请确认不涉及国家秘密、工作秘密或内部事项";
            case MISTAKE -> "“" + found + "”疑为错别字，建议改为“" + suggestion + "”";
            case PERSONAL_DATA -> "疑似个人信息（" + suggestion + "），公开前请删除或打码";
        };
    }
}
