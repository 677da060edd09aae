package cn.gongkai.server;

import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.shared.BulkWrite;
import cn.gongkai.server.catalog.CatalogService;
import cn.gongkai.report.model.ApplicantColumn;
import cn.gongkai.server.request.Channel;
import cn.gongkai.server.request.Delivery;
import cn.gongkai.server.request.FormWanted;
import cn.gongkai.server.request.IntakeForm;
import cn.gongkai.server.request.RequestService;

import cn.gongkai.report.model.OrganKind;
import cn.gongkai.server.accounts.Account;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.PasswordPolicy;
import cn.gongkai.server.accounts.Role;
import cn.gongkai.server.organs.Organ;
import cn.gongkai.server.organs.OrganProfile;
import cn.gongkai.server.organs.OrganProfiles;
import cn.gongkai.server.organs.Organs;
import cn.gongkai.server.publication.ReviewChain;
import cn.gongkai.server.publication.ReviewChains;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county of the seeds on an empty database: 米易县人民政府, two of its departments, the five
 * townships, and an account for every role, all with the demo password of the README. Never in
 * production (gongkai.demo.enabled is refused there). Written once every bean is ready and before the web
 * server opens its port, so that nobody can reach a half-made demo county (a login in the first seconds of
 * a fresh start used to fail). With {@code gongkai.demo.activity} (on for {@code ./gongkai serve}, off in the
 * tests that need an empty county) also two years of the county's work: {@link DemoActivity}.
 */
@Component
@ConditionalOnProperty(name = "gongkai.demo.enabled", havingValue = "true")
class DemoData implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "Gongkai-Demo-2026";

    /** The demo county's organs, in id order (DemoAttachments plans the files from them before they are written). */
    static final java.util.List<Organ> ORGANS = java.util.List.of(
            new Organ(1, "miyi", "米易县人民政府", OrganKind.COUNTY, null),
            new Organ(2, "miyi-education", "米易县教育和体育局", OrganKind.DEPARTMENT, 1L),
            new Organ(3, "miyi-justice", "米易县司法局", OrganKind.DEPARTMENT, 1L),
            new Organ(11, "puwei", "米易县普威镇人民政府", OrganKind.TOWNSHIP, 1L),
            new Organ(12, "gaoping", "米易县高平镇人民政府", OrganKind.TOWNSHIP, 1L),
            new Organ(13, "baipo", "米易县白坡彝族乡人民政府", OrganKind.TOWNSHIP, 1L),
            new Organ(14, "xiaopu", "米易县小铺镇人民政府", OrganKind.TOWNSHIP, 1L),
            new Organ(15, "binggu", "米易县丙谷镇人民政府", OrganKind.TOWNSHIP, 1L));

    private final Organs organs;
    private final OrganProfiles profiles;
    private final Accounts accounts;
    private final ReviewChains chains;
    private final CatalogService catalogs;
    private final RequestService requests;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ObjectProvider<DemoData> self;
    private final ObjectProvider<DemoActivity> activity;
    private final boolean alive;
    private final BulkWrite bulk;
    private final org.springframework.context.ApplicationEventPublisher events;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoData.class);

    DemoData(RequestService requests, CatalogService catalogs, Organs organs, OrganProfiles profiles, Accounts accounts, ReviewChains chains, PasswordEncoder encoder,
            Clock clock, ObjectProvider<DemoData> self, ObjectProvider<DemoActivity> activity,
            @org.springframework.beans.factory.annotation.Value("${gongkai.demo.activity:false}") boolean alive,
            BulkWrite bulk, org.springframework.context.ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.events = events;
        this.self = self;
        this.activity = activity;
        this.alive = alive;
        this.organs = organs;
        this.profiles = profiles;
        this.accounts = accounts;
        this.chains = chains;
        this.catalogs = catalogs;
        this.requests = requests;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        bulk.begin();
        boolean written;
        try {
            written = self.getObject().create();
        } finally {
            bulk.end();
        }
        if (!written) {
            return;
        }
        events.publishEvent(new BulkWrite.Done());
        log.info("演示数据就绪（{} 毫秒，其中处理器时间 {} 毫秒）", (System.nanoTime() - start) / 1_000_000,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
    }

    /** Through the proxy, for the transaction: the whole county or nothing. */
    @Transactional
    public boolean create() {
        if (!organs.isEmpty()) {
            return false;
        }
        ORGANS.forEach(organs::add);

        // Demo contact details: the office names are the usual ones; addresses and numbers are invented.
        int n = 0;
        for (Organ organ : organs.all()) {
            String office = organ.kind() == OrganKind.TOWNSHIP ? organ.name().replace("人民政府", "") + "党政办公室"
                    : organ.kind() == OrganKind.COUNTY ? "米易县人民政府办公室" : organ.name() + "办公室";
            profiles.save(new OrganProfile(organ.id(), office, "四川省攀枝花市米易县（演示地址）",
                    "工作日 上午 8:30—12:00，下午 14:30—18:00", "0812-81" + String.format("%05d", 10000 + n),
                    "0812-82" + String.format("%05d", 10000 + n), organ.code() + "@example.gov.cn",
                    java.time.LocalDate.now(clock), null));
            n++;
        }
        // The townships review in three levels, as their reports describe (科室初审—分管领导复核—主要领导终审);
        // the county and departments in two.
        for (Organ organ : organs.all()) {
            chains.set(organ.id(), organ.kind() == OrganKind.TOWNSHIP
                    ? new ReviewChain(java.util.List.of(Role.FIRST_REVIEWER, Role.SECOND_REVIEWER, Role.FINAL_REVIEWER))
                    : new ReviewChain(java.util.List.of(Role.FIRST_REVIEWER, Role.FINAL_REVIEWER)));
        }
        String hash = hash(DEMO_PASSWORD);
        long id = 100;
        account(id++, "county.supervisor", "县政务公开办 监督员", 1, EnumSet.of(Role.COUNTY_SUPERVISOR), hash);
        account(id++, "system.admin", "系统管理员", 1, EnumSet.of(Role.SYSTEM_ADMIN), hash);
        account(id++, "security.admin", "安全管理员", 1, EnumSet.of(Role.SECURITY_ADMIN), hash);
        account(id++, "audit.admin", "审计管理员", 1, EnumSet.of(Role.AUDIT_ADMIN), hash);
        for (Organ organ : organs.all()) {
            account(id++, organ.code() + ".drafter", organ.name() + " 撰稿人", organ.id(), EnumSet.of(Role.DRAFTER), hash);
            account(id++, organ.code() + ".reviewer1", organ.name() + " 科室初审", organ.id(), EnumSet.of(Role.FIRST_REVIEWER), hash);
            account(id++, organ.code() + ".reviewer2", organ.name() + " 分管领导", organ.id(), EnumSet.of(Role.SECOND_REVIEWER), hash);
            account(id++, organ.code() + ".reviewer3", organ.name() + " 主要领导", organ.id(), EnumSet.of(Role.FINAL_REVIEWER), hash);
            account(id++, organ.code() + ".admin", organ.name() + " 管理员", organ.id(), EnumSet.of(Role.ORGAN_ADMIN), hash);
        }
        for (Organ organ : organs.all()) {
            if (organ.kind() == OrganKind.TOWNSHIP) {
                demoCatalog(organ);
            }
        }
        demoRequests();
        if (alive) {
            activity.getObject().create();
        }
        return true;
    }

    /** Two requests in hand, so that the request pages have something to show. The applicants are invented. */
    private void demoRequests() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        StaffUser puwei = new StaffUser(0, "puwei.drafter", "普威镇 撰稿人", 11, EnumSet.of(Role.DRAFTER), "", true, false);
        requests.register(puwei, new IntakeForm(ApplicantColumn.NATURAL_PERSON, "张三", "居民身份证", "510421199001011233",
                "13800000000", "普威镇2025年农村最低生活保障对象名单（演示）", null, FormWanted.PAPER, Delivery.POST,
                Channel.COUNTER, today.minusDays(3), null));
        StaffUser gaoping = new StaffUser(0, "gaoping.drafter", "高平镇 撰稿人", 12, EnumSet.of(Role.DRAFTER), "", true, false);
        requests.register(gaoping, new IntakeForm(ApplicantColumn.COMMERCIAL_ENTERPRISE, "米易县某商贸有限公司（演示）", null, null,
                "demo@example.com", "高平镇集贸市场改造项目招标文件（演示）", null, FormWanted.EMAIL, Delivery.EMAIL,
                Channel.EMAIL, today.minusDays(1), "回复邮件与申请人确认（演示）"));
    }

    /** The areas a township usually covers (facts §5.2: 胡家镇 lists 18, 胡集镇 13), two sample entries and the note. */
    private void demoCatalog(Organ organ) {
        StaffUser admin = new StaffUser(0, organ.code() + ".admin", organ.name() + " 管理员", organ.id(),
                EnumSet.of(Role.ORGAN_ADMIN), "", true, false);
        catalogs.selectAreas(admin, java.util.List.of("budgets", "work-safety", "rural-housing-renovation", "public-culture",
                "rural-revitalization", "disaster-relief", "employment", "social-assistance", "elderly-care",
                "agricultural-subsidies", "social-insurance", "public-legal-services", "major-projects"));
        String subject = organ.name();
        catalogs.addEntry(admin, new CatalogService.EntryForm("budgets", "财政预决算", "部门预算", "预算公开说明、收支总表、“三公”经费预算",
                "《中华人民共和国预算法》第十四条", "批复后20日内", null, subject, java.util.List.of("政府网站", "公开查阅点"),
                java.util.List.of("全社会"), java.util.List.of("主动"), java.util.List.of("乡级")));
        catalogs.addEntry(admin, new CatalogService.EntryForm("social-assistance", "最低生活保障", "审核确认结果",
                "保障对象姓名（部分隐藏）、所在村、保障人数、保障金额", "《社会救助暂行办法》", "信息形成或者变更之日起20个工作日内", 20, subject,
                java.util.List.of("政府网站", "社区/企事业单位/村公示栏（电子屏）"), java.util.List.of("全社会"),
                java.util.List.of("主动"), java.util.List.of("乡级", "村级")));
        catalogs.saveNote(admin, "本" + (organ.name().contains("乡") ? "乡" : "镇")
                + "不涉及税收管理、城市综合执法、户籍管理、市政服务等领域，相关事项由县级主管部门依法公开。");
    }

    private String hash(String password) {
        if (!PasswordPolicy.problems(password, "").isEmpty()) {
            throw new IllegalStateException("演示密码不符合密码策略");
        }
        return encoder.encode(password);
    }

    private void account(long id, String username, String name, long organ, Set<Role> roles, String hash) {
        accounts.add(new Account(id, username, name, organ, true, 0, null, roles), hash, OffsetDateTime.now(clock));
    }
}
