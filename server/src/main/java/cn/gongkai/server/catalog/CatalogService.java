package cn.gongkai.server.catalog;

import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.ledger.Action;
import cn.gongkai.server.ledger.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import cn.gongkai.server.shared.PortalChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading any organ's catalog (it is public) and changing one's own: only the organ's administrator
 * changes it, and every change goes to the ledger.
 */
@Service
public class CatalogService {

    static final int MAX_NOTE = 5000;

    /** What an administrator typed for a new entry. */
    public record EntryForm(String areaCode, String firstLevel, @Nullable String secondLevel,
            @Nullable String contentElements, @Nullable String basis, String timeLimit, @Nullable Integer timeLimitDays,
            String subject, List<String> channels, List<String> audience, List<String> modes, List<String> levels) {
    }

    private final Catalogs catalogs;
    private final Ledger ledger;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CatalogService(Catalogs catalogs, Ledger ledger, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.catalogs = catalogs;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Catalog of(long organId) {
        Map<String, List<CatalogEntry>> byArea = new LinkedHashMap<>();
        for (CatalogEntry e : catalogs.entries(organId)) {
            byArea.computeIfAbsent(e.areaCode(), k -> new ArrayList<>()).add(e);
        }
        return new Catalog(catalogs.areas(), catalogs.selectedAreas(organId), byArea, catalogs.note(organId).orElse(null));
    }

    @Transactional
    public void selectAreas(StaffUser admin, List<String> codes) {
        requireAdmin(admin);
        Set<String> known = catalogs.areas().stream().map(CatalogArea::code).collect(Collectors.toSet());
        List<String> chosen = codes.stream().distinct().toList();
        for (String c : chosen) {
            if (!known.contains(c)) {
                throw new CatalogException("没有“" + c + "”这个领域，请刷新页面后重新选择");
            }
        }
        Catalog before = of(admin.organId());
        for (CatalogArea area : before.selectedAreas()) {
            int entries = before.entriesOf(area.code()).size();
            if (!chosen.contains(area.code()) && entries > 0) {
                throw new CatalogException("领域“" + area.name() + "”下还有 " + entries + " 个公开事项，请先删除这些事项再取消该领域");
            }
        }
        catalogs.selectAreas(admin.organId(), chosen);
        ledger.record(new Action(admin.username(), admin.organId(), "catalog-areas", "organ",
                Long.toString(admin.organId()), String.join(",", before.selected()), String.join(",", chosen)));
        events.publishEvent(PortalChanged.organPages(admin.organId()));
    }

    @Transactional
    public CatalogEntry addEntry(StaffUser admin, EntryForm f) {
        requireAdmin(admin);
        if (!catalogs.selectedAreas(admin.organId()).contains(f.areaCode())) {
            throw new CatalogException("请先在“本机关涉及的领域”中选中该领域，再添加公开事项");
        }
        String first = required(f.firstLevel(), "一级事项", 200);
        String limit = required(f.timeLimit(), "公开时限", 200);
        String subject = required(f.subject(), "公开主体", 200);
        if (f.timeLimitDays() != null && (f.timeLimitDays() < 1 || f.timeLimitDays() > 365)) {
            throw new CatalogException("公开时限的工作日数应在 1 到 365 之间，或者不填");
        }
        List<String> channels = chosen(f.channels(), CatalogEntry.CHANNELS, "公开渠道和载体");
        List<String> audience = chosen(f.audience(), CatalogEntry.AUDIENCES, "公开对象");
        List<String> modes = chosen(f.modes(), CatalogEntry.MODES, "公开方式");
        List<String> levels = f.levels().isEmpty() ? List.of() : chosen(f.levels(), CatalogEntry.LEVELS, "公开层级");
        CatalogEntry added = catalogs.add(new CatalogEntry(0, admin.organId(), f.areaCode(), first,
                optional(f.secondLevel(), "二级事项", 200), optional(f.contentElements(), "公开内容（要素）", 2000),
                optional(f.basis(), "公开依据", 2000), limit, f.timeLimitDays(), subject, channels, audience, modes, levels));
        ledger.record(new Action(admin.username(), admin.organId(), "catalog-entry-add", "catalog-entry",
                Long.toString(added.id()), null, added.areaCode() + " " + added.firstLevel()
                        + (added.secondLevel() == null ? "" : " / " + added.secondLevel())));
        events.publishEvent(PortalChanged.organPages(admin.organId()));
        return added;
    }

    @Transactional
    public void deleteEntry(StaffUser admin, long id) {
        requireAdmin(admin);
        CatalogEntry e = catalogs.entry(id).filter(x -> x.organId() == admin.organId())
                .orElseThrow(() -> new CatalogException("没有这个公开事项，可能已被删除"));
        int items = catalogs.countItems(id);
        if (items > 0) {
            throw new CatalogException("公开事项“" + e.firstLevel() + "”下已有 " + items + " 条信息，请先把这些信息改归其他事项再删除");
        }
        catalogs.delete(id);
        ledger.record(new Action(admin.username(), admin.organId(), "catalog-entry-delete", "catalog-entry",
                Long.toString(id), e.areaCode() + " " + e.firstLevel(), null));
        events.publishEvent(PortalChanged.organPages(admin.organId()));
    }

    /** An entry as a choice in the item form: 财政预决算：财政预决算／部门预算. */
    public record EntryOption(long id, String label) {
    }

    /** The entries of the organ's catalog, in catalog order, for choosing one for an item. */
    public List<EntryOption> options(long organId) {
        Map<String, String> names = catalogs.areas().stream().collect(Collectors.toMap(CatalogArea::code, CatalogArea::name));
        return catalogs.entries(organId).stream().map(e -> new EntryOption(e.id(), names.get(e.areaCode()) + "：" + e.firstLevel()
                + (e.secondLevel() == null ? "" : "／" + e.secondLevel()))).toList();
    }

    /** Checks that {@code entryId} (or none) is an entry of the organ's catalog. */
    public void requireEntry(long organId, @Nullable Long entryId) {
        if (entryId != null && catalogs.entry(entryId).filter(e -> e.organId() == organId).isEmpty()) {
            throw new CatalogException("所选公开事项不属于本机关的公开目录，请重新选择");
        }
    }

    /** Files an item under an entry of its organ's catalog, or under none. */
    @Transactional
    public void assign(StaffUser user, long organId, long itemId, @Nullable Long entryId) {
        requireEntry(organId, entryId);
        Long before = catalogs.entryOfItem(itemId).orElse(null);
        if (java.util.Objects.equals(before, entryId)) {
            return;
        }
        catalogs.link(itemId, entryId);
        ledger.record(new Action(user.username(), organId, "catalog-assign", "item", Long.toString(itemId),
                before == null ? null : before.toString(), entryId == null ? null : entryId.toString()));
    }

    public Optional<Long> entryOf(long itemId) {
        return catalogs.entryOfItem(itemId);
    }

    /** For the portal: which items each of the organ's entries has. */
    public Map<Long, List<Long>> itemsByEntry(long organId) {
        return catalogs.itemsByEntry(organId);
    }

    @Transactional
    public void saveNote(StaffUser admin, String note) {
        requireAdmin(admin);
        String text = note.strip();
        if (text.length() > MAX_NOTE) {
            throw new CatalogException("未涉及领域说明不能超过 " + MAX_NOTE + " 字");
        }
        String before = catalogs.note(admin.organId()).orElse(null);
        catalogs.saveNote(admin.organId(), text, LocalDate.now(clock));
        ledger.record(new Action(admin.username(), admin.organId(), "catalog-note", "organ",
                Long.toString(admin.organId()), before, text));
        events.publishEvent(PortalChanged.organPages(admin.organId()));
    }

    private static void requireAdmin(StaffUser user) {
        if (!user.has(Role.ORGAN_ADMIN)) {
            throw new CatalogException("只有本机关管理员可以修改公开目录");
        }
    }

    private static String required(@Nullable String value, String label, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new CatalogException("请填写" + label);
        }
        if (v.length() > max) {
            throw new CatalogException(label + "不能超过 " + max + " 字");
        }
        return v;
    }

    private static @Nullable String optional(@Nullable String value, String label, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new CatalogException(label + "不能超过 " + max + " 字");
        }
        return v.isEmpty() ? null : v;
    }

    private static List<String> chosen(List<String> values, List<String> vocabulary, String label) {
        if (values.isEmpty()) {
            throw new CatalogException("请至少选择一项" + label);
        }
        for (String v : values) {
            if (!vocabulary.contains(v)) {
                throw new CatalogException(label + "中没有“" + v + "”这一项");
            }
        }
        // In the vocabulary's order, as printed catalogs list them.
        return vocabulary.stream().filter(values::contains).toList();
    }
}
