package cn.gongkai.report.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 政府信息公开工作年度报告: one organ's annual report in the national format, immutable.
 *
 * <p>{@code sections} holds the prose of sections 一, 五 and 六 (the other three are tables).
 * A section missing from the source is absent from the map.
 */
public record AnnualReport(
        @Nullable String source,
        @Nullable String organ,
        OrganKind organKind,
        @Nullable Integer year,
        @Nullable LocalDate publishedOn,
        TemplateEdition templateEdition,
        ProactiveTable proactive,
        RequestTable requests,
        ReviewTable reviews,
        Map<Section, String> sections,
        Narrative narrative) {

    public AnnualReport {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        copy.putAll(sections);
        sections = Collections.unmodifiableMap(copy);
    }

    public @Nullable String sectionText(Section section) {
        return sections.get(section);
    }

    /** The same report with its publication date (the date of the signature block). */
    public AnnualReport withPublishedOn(@Nullable LocalDate date) {
        return new AnnualReport(source, organ, organKind, year, date, templateEdition, proactive, requests, reviews,
                sections, narrative);
    }

    public AnnualReport withSource(@Nullable String newSource) {
        return new AnnualReport(newSource, organ, organKind, year, publishedOn, templateEdition, proactive,
                requests, reviews, sections, narrative);
    }
}
