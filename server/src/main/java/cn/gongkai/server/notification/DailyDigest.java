package cn.gongkai.server.notification;

import cn.gongkai.server.accounts.Account;
import cn.gongkai.server.accounts.AccountAdministration;
import cn.gongkai.server.accounts.Accounts;
import cn.gongkai.server.accounts.StaffUser;
import cn.gongkai.server.workspace.Todo;
import cn.gongkai.server.workspace.TodoList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The morning digest: to each member of staff with an e-mail address, the to-do entries (the workspace's 待办)
 * whose deadline is at most {@code digest-days} away or past. One per person and day (its outbox key), so a
 * second run, or a second instance, sends nothing more.
 */
@Component
public class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);

    private final Accounts accounts;
    private final StaffContacts contacts;
    private final TodoList todos;
    private final Outbox outbox;
    private final NotificationSettings settings;
    private final Clock clock;

    DailyDigest(Accounts accounts, StaffContacts contacts, TodoList todos, Outbox outbox, NotificationSettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.todos = todos;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    // Under the cluster's lock (SchedulingConfiguration): on several instances one of them writes the digests.
    @Scheduled(cron = "${gongkai.notifications.digest-cron:0 0 8 * * MON-FRI}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        if (settings.enabled()) {
            write();
        }
    }

    /**
     * What the digest calls an entry: a request by its number only, since its title goes on with what the
     * applicant asked, which may name people; the other titles name documents, reports and case numbers.
     */
    private static String title(Todo t) {
        return t.link().startsWith("/workspace/requests/") ? "申请 " + t.title().split(" ", 2)[0] : t.title();
    }

    /** Writes today's digests to the outbox; returns how many people have one. */
    public int write() {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(settings.digestDays());
        int written = 0;
        for (Account a : accounts.all()) {
            if (!a.enabled() || !AccountAdministration.GRANTABLE.containsAll(a.roles())) {
                continue; // the three administrators do no organ's work
            }
            String email = contacts.of(a.id()).email();
            if (email == null) {
                continue;
            }
            try {
                StaffUser user = new StaffUser(a.id(), a.username(), a.displayName(), a.organId(), a.roles(), "", true, false);
                StringBuilder body = new StringBuilder();
                int count = 0;
                for (Todo.Group g : todos.of(user)) {
                    List<Todo> near = g.entries().stream()
                            .filter(t -> t.deadline() != null && !t.deadline().isAfter(until)).toList();
                    if (!near.isEmpty()) {
                        body.append(g.name()).append("\n");
                        for (Todo t : near) {
                            body.append("  · ").append(title(t)).append("，").append(t.deadlineText()).append("\n    ")
                                    .append(settings.siteUrl()).append(t.link()).append("\n");
                        }
                        count += near.size();
                    }
                }
                if (count > 0) {
                    outbox.add(Outbox.Channel.EMAIL, email, "待办提醒：" + count + " 件期限临近或已逾期",
                            a.displayName() + "，您好：\n\n以下待办的期限在 " + settings.digestDays() + " 天内或已逾期。\n\n" + body
                                    + "\n全部待办见工作台：" + settings.siteUrl() + "/workspace\n",
                            "digest:" + a.username() + ":" + today);
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.warn("未能为账号 {} 生成待办提醒（{}）", a.id(), e.getClass().getSimpleName());
            }
        }
        return written;
    }
}
