// Monitoring of the access log (migration 0017): rules held in the database raise one alert per
// login and day at their threshold, auditors change the rules, another administrator
// acknowledges an alert with a note, and the per-day counts match the log even while several
// sessions evaluate and write at once. Each case has a database of its own (the rules are global).
#include "tests/support/FreshDatabase.h"

#include <QDateTime>
#include <QTimeZone>
#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::test::appendAuditEvent;
using kohi::test::FreshDatabase;
using kohi::test::TestDatabase;

namespace {

// A drained authentication event: its own time in details.occurred_at (0008 drain_auth_events).
void appendFailedLogin(Session& dba, const QString& login)
{
    appendAuditEvent(
        dba, login, u"login_failed"_s, u"refused"_s,
        u"{\"auth_seq\": 1, \"occurred_at\": \"%1\"}"_s.arg(
            QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s)));
}

QDateTime tokyoNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo"));
}

struct Alert
{
    qint64 id = 0;
    int count = 0;
    QString summary;
    bool open = true;
    QString acknowledgedBy;
    QString note;
};

// The alerts for one rule and login as an auditor's list shows them (open and acknowledged).
QList<Alert> alertsFor(Session& reader, const QString& rule, const QString& subject)
{
    const PgResult r =
        reader.exec(u"SELECT id, event_count, summary, acknowledged_at IS NULL AS open,"
                    " acknowledged_by, ack_note FROM kohi_api.monitor_alerts(true, 1000)"
                    " WHERE rule_code = $1 AND subject = $2"_s,
                    {rule.toUtf8(), subject.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    QList<Alert> alerts;
    for (int i = 0; i < r.rows.size(); ++i)
        alerts << Alert{r.value(i, u"id"_s).toLongLong(),
                        r.value(i, u"event_count"_s).toInt(),
                        r.value(i, u"summary"_s).toString(),
                        r.value(i, u"open"_s).toString() == u"t"_s,
                        r.value(i, u"acknowledged_by"_s).toString(),
                        r.value(i, u"ack_note"_s).toString()};
    return alerts;
}

void setRule(Session& auditor, const QString& code, bool enabled, int threshold,
             const QByteArray& parameter = {}, const QByteArray& start = {},
             const QByteArray& end = {})
{
    const PgResult r = auditor.exec(
        u"SELECT kohi_api.monitor_rule_set($1, $2::boolean, $3::int, $4::int, $5::time, $6::time)"_s,
        {code.toUtf8(), enabled ? "true" : "false", QByteArray::number(threshold), parameter, start,
         end});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
}

qint64 todayCount(Session& reader, const QString& category)
{
    const PgResult r = reader.exec(
        u"SELECT n FROM kohi_api.monitor_daily_counts($1::date, $1::date) WHERE category = $2"_s,
        {tokyoNow().date().toString(Qt::ISODate).toUtf8(), category.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    REQUIRE(r.rows.size() == 1);
    return r.first(u"n"_s).toLongLong();
}

} // namespace

TEST_CASE("each rule raises one alert per login and day once the day's count reaches its "
          "threshold, and the dashboard counts the day",
          "[monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_rules"_s);
    Session& dba = db.dba();
    REQUIRE(dba.exec(u"SELECT kohi.generate_synthetic_recipients(150)"_s).ok);
    const auto auditor = db.createStaff(u"mon_aud"_s, {u"kohi_auditor"_s});
    const auto clerk = db.createStaff(u"mon_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    auto audit = db.connect(auditor);
    auto clerkSession = db.connect(clerk);
    // Whatever the hour of the test run, only the rules under test fire.
    setRule(*audit, u"off_hours"_s, false, 1, {}, "08:30", "18:00");
    setRule(*audit, u"mynumber_reveals"_s, true, 3);

    SECTION("My Number reveals per viewer and day")
    {
        const QString viewer = u"mon_viewer_x"_s;
        const QString reveal = u"{\"mynumber_id\": 1, \"reason\": \"照会への回答\"}"_s;
        appendAuditEvent(dba, viewer, u"mynumber_reveal"_s, u"ok"_s, reveal);
        appendAuditEvent(dba, viewer, u"mynumber_reveal"_s, u"ok"_s, reveal);
        CHECK(alertsFor(*audit, u"mynumber_reveals"_s, viewer).isEmpty());
        appendAuditEvent(dba, viewer, u"mynumber_reveal"_s, u"ok"_s, reveal);
        auto alerts = alertsFor(*audit, u"mynumber_reveals"_s, viewer);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].count == 3);
        CHECK(alerts[0].summary == u"個人番号を1日に3件表示しました（基準 3件以上）。"_s);
        CHECK(alerts[0].open);
        // A fourth reveal updates the same alert; a refused one does not count.
        appendAuditEvent(dba, viewer, u"mynumber_reveal"_s, u"ok"_s, reveal);
        appendAuditEvent(dba, viewer, u"mynumber_reveal"_s, u"refused"_s, reveal);
        alerts = alertsFor(*audit, u"mynumber_reveals"_s, viewer);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].count == 4);
        CHECK(todayCount(*audit, u"mynumber_reveal"_s) == 4);
    }
    SECTION("repeated failed logins, lockouts and failed unlocks")
    {
        const QString target = u"mon_pw_target"_s;
        appendFailedLogin(dba, target);
        appendFailedLogin(dba, target);
        CHECK(alertsFor(*audit, u"failed_logins"_s, target).isEmpty());
        appendAuditEvent(dba, target, u"reauth_failed"_s, u"refused"_s);
        const auto alerts = alertsFor(*audit, u"failed_logins"_s, target);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].count == 3);
        CHECK(todayCount(*audit, u"login_failed"_s) == 3);
        CHECK(todayCount(*audit, u"refused"_s) >= 3);
    }
    SECTION("a real search that returns at least the rule's number of rows")
    {
        auto search = [&](int limit) {
            const PgResult r = clerkSession->exec(
                u"SELECT count(*) AS n FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL,"
                " NULL, NULL, $1::int)"_s,
                {QByteArray::number(limit)});
            INFO(r.errorMessage.toStdString());
            REQUIRE(r.ok);
            return r.first(u"n"_s).toInt();
        };
        setRule(*audit, u"large_search"_s, true, 1, "100"); // the default is 200
        REQUIRE(search(99) == 99);                          // below the rule's 100 rows
        CHECK(alertsFor(*audit, u"large_search"_s, clerk.login).isEmpty());
        REQUIRE(search(120) == 120);
        auto alerts = alertsFor(*audit, u"large_search"_s, clerk.login);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].count == 1);
        CHECK(alerts[0].summary == u"100件以上を返す検索を1回行いました（基準 1回以上）。"_s);
        // With 150 rows as the rule, a further 120-row search does not count.
        setRule(*audit, u"large_search"_s, true, 1, "150");
        REQUIRE(search(120) == 120);
        alerts = alertsFor(*audit, u"large_search"_s, clerk.login);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].count == 1);
        CHECK(todayCount(*audit, u"recipient_access"_s) == 3);
    }
    SECTION("the rows a clerk's searches showed in a day, page by page")
    {
        setRule(*audit, u"search_volume"_s, true, 200);
        auto page = [&](int limit) {
            const PgResult r = clerkSession->exec(
                u"SELECT count(*) AS n FROM kohi_api.recipient_search(NULL, NULL, NULL, NULL,"
                " NULL, NULL, $1::int)"_s,
                {QByteArray::number(limit)});
            REQUIRE(r.ok);
            return r.first(u"n"_s).toInt();
        };
        REQUIRE(page(100) == 100);
        CHECK(alertsFor(*audit, u"search_volume"_s, clerk.login).isEmpty());
        REQUIRE(page(100) == 100);
        REQUIRE(page(10) == 10);
        const auto alerts = alertsFor(*audit, u"search_volume"_s, clerk.login);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].count == 210);
        CHECK(alerts[0].summary ==
              u"検索で1日に合計210件の受給者を表示しました（基準 200件以上）。"_s);
        // Pages of 100 are not "large" searches under the default rule (200 rows).
        CHECK(alertsFor(*audit, u"large_search"_s, clerk.login).isEmpty());
    }
    SECTION("an approver's blind re-key that does not match")
    {
        const QString approver = u"mon_approver_y"_s;
        appendAuditEvent(dba, approver, u"mynumber_confirm"_s, u"ok"_s);
        CHECK(alertsFor(*audit, u"approval_mismatch"_s, approver).isEmpty());
        appendAuditEvent(dba, approver, u"mynumber_confirm"_s, u"refused"_s,
                         u"{\"reason\": \"mismatch\", \"mismatches\": 1}"_s);
        const auto alerts = alertsFor(*audit, u"approval_mismatch"_s, approver);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].summary == u"個人番号の照合で1回不一致がありました（基準 1回以上）。"_s);
    }
    SECTION("a disabled rule raises nothing, and lowering a threshold applies to today's tally")
    {
        const QString viewer = u"mon_viewer_z"_s;
        setRule(*audit, u"mynumber_reveals"_s, true, 5);
        for (int i = 0; i < 2; ++i)
            appendAuditEvent(dba, viewer, u"mynumber_reveal"_s, u"ok"_s);
        CHECK(alertsFor(*audit, u"mynumber_reveals"_s, viewer).isEmpty());
        setRule(*audit, u"mynumber_reveals"_s, true, 2);
        const auto alerts = alertsFor(*audit, u"mynumber_reveals"_s, viewer);
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].count == 2);
        setRule(*audit, u"approval_mismatch"_s, false, 1);
        appendAuditEvent(dba, u"mon_approver_w"_s, u"mynumber_confirm"_s, u"refused"_s,
                         u"{\"reason\": \"mismatch\"}"_s);
        CHECK(alertsFor(*audit, u"approval_mismatch"_s, u"mon_approver_w"_s).isEmpty());
    }

    // The dashboard: every category for every day asked, zero days included; today's alerts.
    const QDate today = tokyoNow().date();
    const PgResult days = audit->exec(
        u"SELECT count(*) AS n, count(DISTINCT day) AS days, sum(n) FILTER (WHERE day < $2::date)"
        " AS before FROM kohi_api.monitor_daily_counts($1::date, $2::date)"_s,
        {today.addDays(-6).toString(Qt::ISODate).toUtf8(), today.toString(Qt::ISODate).toUtf8()});
    REQUIRE(days.ok);
    CHECK(days.first(u"days"_s).toInt() == 7);
    CHECK(days.first(u"n"_s).toInt() == 7 * 6);
    CHECK(days.first(u"before"_s).toLongLong() == 0);
    const PgResult alertRows = dba.exec(u"SELECT count(*) AS n FROM kohi.monitor_alert"_s);
    REQUIRE(alertRows.ok);
    CHECK(todayCount(*audit, u"alerts"_s) == alertRows.first(u"n"_s).toLongLong());
    CHECK(todayCount(*audit, u"alerts"_s) >= 1);

    // Clerks see neither alerts nor counts, even with psql.
    for (const QString& sql :
         {u"SELECT * FROM kohi_api.monitor_alerts(true, 10)"_s,
          u"SELECT * FROM kohi_api.monitor_daily_counts(current_date, current_date)"_s,
          u"SELECT * FROM kohi_api.monitor_rules()"_s, u"SELECT * FROM kohi.monitor_alert"_s,
          u"SELECT * FROM kohi.monitor_evaluate()"_s}) {
        const PgResult r = clerkSession->exec(sql);
        INFO(sql.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.sqlState == u"42501"_s);
    }
}

TEST_CASE("an alert is acknowledged with a note by someone other than its subject, and further "
          "events open it again",
          "[monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_ack"_s);
    Session& dba = db.dba();
    const auto admin = db.createStaff(u"mon_adm"_s, {u"kohi_user_admin"_s});
    const auto auditor = db.createStaff(u"mon_aud"_s, {u"kohi_auditor"_s});
    auto adminSession = db.connect(admin);
    auto audit = db.connect(auditor);
    setRule(*audit, u"off_hours"_s, false, 1, {}, "08:30", "18:00");

    // Three failed logins of the user administrator's own account.
    for (int i = 0; i < 3; ++i)
        appendFailedLogin(dba, admin.login);
    auto alerts = alertsFor(*adminSession, u"failed_logins"_s, admin.login);
    REQUIRE(alerts.size() == 1);
    const QByteArray id = QByteArray::number(alerts[0].id);
    auto acknowledge = [&](Session& s, const QString& note) {
        return s.exec(u"SELECT kohi_api.monitor_acknowledge($1::bigint, $2)"_s,
                      {id, note.toUtf8()});
    };

    PgResult r = acknowledge(*adminSession, u"本人の入力誤り"_s);
    CHECK_FALSE(r.ok);
    CHECK(r.sqlState == u"42501"_s);
    CHECK(r.errorMessage.startsWith(u"自分の操作についての警告は確認済みにできません。"_s));

    r = acknowledge(*audit, u"  "_s);
    CHECK(r.sqlState == u"22023"_s);
    CHECK(r.errorMessage == u"確認した内容（本人への聞き取り、対応など）を入力してください。"_s);
    r = acknowledge(*audit, u"番号 1234 5678 9012 を確認"_s);
    CHECK(r.sqlState == u"22023"_s);
    CHECK(r.errorMessage.contains(u"12桁の数字"_s));
    r = acknowledge(*audit, QString(501, u'あ'));
    CHECK(r.errorMessage == u"確認した内容は500文字以内で入力してください。"_s);
    CHECK(alertsFor(*audit, u"failed_logins"_s, admin.login).value(0).open);

    r = acknowledge(*audit, u"本人に確認：パスワードの入力誤り。ロックなし。"_s);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    alerts = alertsFor(*audit, u"failed_logins"_s, admin.login);
    REQUIRE(alerts.size() == 1);
    CHECK_FALSE(alerts[0].open);
    CHECK(alerts[0].acknowledgedBy == auditor.login);
    CHECK(alerts[0].note == u"本人に確認：パスワードの入力誤り。ロックなし。"_s);
    // The open list no longer has it; a second acknowledgement is refused by name.
    const PgResult open = audit->exec(
        u"SELECT count(*) AS n FROM kohi_api.monitor_alerts(false, 1000) WHERE id = $1::bigint"_s,
        {id});
    REQUIRE(open.ok);
    CHECK(open.first(u"n"_s).toInt() == 0);
    r = acknowledge(*audit, u"再確認"_s);
    CHECK(r.errorMessage == u"この警告は%1さんが既に確認済みにしています。"_s.arg(auditor.login));

    // The acknowledgement is in the access log with its note (a change: linked after its
    // commit), and so is every refused attempt (0019), without the number typed in a note.
    kohi::test::sealAuditLog(dba);
    const PgResult logged = dba.exec(
        u"SELECT details->>'note' AS note, details->>'subject' AS subject FROM kohi.audit_event"
        " WHERE action = 'monitor_acknowledge' AND login = $1 AND target = $2 AND outcome = 'ok'"_s,
        {auditor.login.toUtf8(), "monitor_alert:" + id});
    REQUIRE(logged.ok);
    REQUIRE(logged.rows.size() == 1);
    CHECK(logged.first(u"subject"_s).toString() == admin.login);
    CHECK(logged.first(u"note"_s).toString() ==
          u"本人に確認：パスワードの入力誤り。ロックなし。"_s);
    const PgResult refusals = dba.exec(
        u"SELECT count(*) FILTER (WHERE login = $1) AS subject,"
        " count(*) FILTER (WHERE login = $2) AS auditor,"
        " (SELECT count(*) FROM kohi.audit_event e"
        "   WHERE e.details::text LIKE '%1234 5678 9012%' OR e.target LIKE '%1234 5678 9012%')"
        "   AS leaked"
        " FROM kohi.audit_event WHERE action = 'monitor_acknowledge' AND outcome = 'refused'"_s,
        {admin.login.toUtf8(), auditor.login.toUtf8()});
    REQUIRE(refusals.ok);
    CHECK(refusals.first(u"subject"_s).toInt() == 1);
    CHECK(refusals.first(u"auditor"_s).toInt() == 4);
    CHECK(refusals.first(u"leaked"_s).toInt() == 0);

    // A fourth failure the same day opens the alert again.
    appendFailedLogin(dba, admin.login);
    alerts = alertsFor(*audit, u"failed_logins"_s, admin.login);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].open);
    CHECK(alerts[0].count == 4);
}

TEST_CASE("only auditors change monitoring rules, bad values are refused with specific messages, "
          "and office hours decide what counts as off-hours",
          "[monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_rule_set"_s);
    const auto admin = db.createStaff(u"mon_adm"_s, {u"kohi_user_admin"_s});
    const auto auditor = db.createStaff(u"mon_aud"_s, {u"kohi_auditor"_s});
    auto adminSession = db.connect(admin);
    auto audit = db.connect(auditor);
    auto ruleSet = [](Session& s, const QList<QByteArray>& params) {
        return s.exec(u"SELECT kohi_api.monitor_rule_set($1, $2::boolean, $3::int, $4::int,"
                      " $5::time, $6::time)"_s,
                      params);
    };

    PgResult r = ruleSet(*adminSession, {"mynumber_reveals", "true", "1", {}, {}, {}});
    CHECK(r.sqlState == u"42501"_s);
    CHECK(ruleSet(*audit, {"no_such_rule", "true", "1", {}, {}, {}}).errorMessage ==
          u"監視ルール「no_such_rule」はありません。"_s);
    r = ruleSet(*audit, {"mynumber_reveals", "true", "0", "5", "09:00", "17:00"});
    CHECK(r.sqlState == u"22023"_s);
    CHECK(r.errorMessage == u"基準の件数は1〜100000で指定してください。\n"
                            "ルール「個人番号の表示が多い」には件数の設定はありません。\n"
                            "ルール「個人番号の表示が多い」には勤務時間の設定はありません。"_s);
    CHECK(ruleSet(*audit, {"large_search", "true", "1", {}, {}, {}}).errorMessage ==
          u"「1回の検索の件数」は1〜100000で指定してください。"_s);
    CHECK(ruleSet(*audit, {"off_hours", "true", "1", {}, "18:00", "08:30"}).errorMessage ==
          u"勤務時間は開始を終了より前にして指定してください。"_s);

    // Nothing was changed by the refusals.
    const PgResult before = audit->exec(
        u"SELECT threshold, updated_by FROM kohi_api.monitor_rules() WHERE code = 'mynumber_reveals'"_s);
    REQUIRE(before.ok);
    CHECK(before.first(u"threshold"_s).toInt() == 10);

    REQUIRE(ruleSet(*audit, {"mynumber_reveals", "true", "7", {}, {}, {}}).ok);
    const PgResult after = adminSession->exec(
        u"SELECT threshold, updated_by FROM kohi_api.monitor_rules() WHERE code = 'mynumber_reveals'"_s);
    REQUIRE(after.ok);
    CHECK(after.first(u"threshold"_s).toInt() == 7);
    CHECK(after.first(u"updated_by"_s).toString() == auditor.login);
    // The change is logged (linked into the chain after its commit), and so is every refused
    // attempt above (0019).
    kohi::test::sealAuditLog(db.dba());
    const PgResult logged = db.dba().exec(
        u"SELECT details->'before'->>'threshold' AS old, details->'after'->>'threshold' AS new"
        " FROM kohi.audit_event WHERE action = 'monitor_rule_set' AND target = 'mynumber_reveals'"
        "   AND outcome = 'ok'"_s);
    REQUIRE(logged.ok);
    REQUIRE(logged.rows.size() == 1);
    CHECK(logged.first(u"old"_s).toString() == u"10"_s);
    CHECK(logged.first(u"new"_s).toString() == u"7"_s);
    const PgResult refused = db.dba().exec(
        u"SELECT count(*) FILTER (WHERE login = $1) AS admin,"
        " count(*) FILTER (WHERE login = $2) AS auditor"
        " FROM kohi.audit_event WHERE action = 'monitor_rule_set' AND outcome = 'refused'"_s,
        {admin.login.toUtf8(), auditor.login.toUtf8()});
    REQUIRE(refused.ok);
    CHECK(refused.first(u"admin"_s).toInt() == 1);
    CHECK(refused.first(u"auditor"_s).toInt() == 4);

    // Office hours that exclude the present: a clerk's action now is off-hours.
    const QDateTime tokyo = tokyoNow();
    const int hour = tokyo.time().hour();
    const QByteArray awayStart = hour < 20 ? QByteArray::number(hour + 2) + ":00" : "01:00";
    const QByteArray awayEnd = hour < 20 ? QByteArray::number(hour + 3) + ":00" : "02:00";
    REQUIRE(ruleSet(*audit, {"off_hours", "true", "1", {}, awayStart, awayEnd}).ok);
    REQUIRE(audit->exec(u"SELECT count(*) FROM kohi_api.monitor_alerts(true, 10)"_s).ok);
    const auto clerk = db.createStaff(u"mon_late"_s, {u"kohi_clerk_boshi"_s});
    auto clerkSession = db.connect(clerk);
    REQUIRE(clerkSession->exec(u"SELECT kohi_api.session_begin('mon-late-term')"_s).ok);
    auto offHours = alertsFor(*audit, u"off_hours"_s, clerk.login);
    REQUIRE(offHours.size() == 1);
    CHECK(offHours[0].summary.startsWith(u"勤務時間外に"_s));

    // Office hours around the present on a weekday: a second clerk's action is not.
    const int isoDay = tokyo.date().dayOfWeek();
    const PgResult closed =
        db.dba().exec(u"SELECT count(*) AS n FROM kohi.office_holiday WHERE day = $1::date"_s,
                      {tokyo.date().toString(Qt::ISODate).toUtf8()});
    REQUIRE(closed.ok);
    if (isoDay <= 5 && closed.first(u"n"_s).toInt() == 0 && hour >= 1 && hour <= 22) {
        REQUIRE(ruleSet(*audit, {"off_hours",
                                 "true",
                                 "1",
                                 {},
                                 QByteArray::number(hour - 1) + ":00",
                                 QByteArray::number(hour + 1) + ":59"})
                    .ok);
        REQUIRE(audit->exec(u"SELECT count(*) FROM kohi_api.monitor_alerts(true, 10)"_s).ok);
        const auto dayClerk = db.createStaff(u"mon_day"_s, {u"kohi_clerk_boshi"_s});
        auto daySession = db.connect(dayClerk);
        REQUIRE(daySession->exec(u"SELECT kohi_api.session_begin('mon-day-term')"_s).ok);
        CHECK(alertsFor(*audit, u"off_hours"_s, dayClerk.login).isEmpty());
    } else {
        WARN("weekend, holiday or the edge of the day in Tokyo: the in-hours half was not "
             "exercised");
    }
}

TEST_CASE("history older than the 31-day window is counted for the dashboard but raises no "
          "alert",
          "[monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_window"_s);
    Session& dba = db.dba();
    // Six failed logins on one day 40 days ago, as a drained authentication event records them
    // (its own time in details.occurred_at), and three today.
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-40);
    for (int i = 0; i < 6; ++i)
        appendAuditEvent(dba, u"mon_old"_s, u"login_failed"_s, u"refused"_s,
                         u"{\"occurred_at\": \"%1\"}"_s.arg(old.toString(Qt::ISODate)));
    for (int i = 0; i < 3; ++i)
        appendFailedLogin(dba, u"mon_old"_s);
    REQUIRE(dba.exec(u"SELECT * FROM kohi.monitor_evaluate(NULL)"_s).ok);
    // The failed-login rule raises today's alert only. (Whether today's events are also
    // off-hours depends on the hour of the test run; no rule may raise one for the old day.)
    const PgResult r =
        dba.exec(u"SELECT (SELECT count(*) FROM kohi.monitor_alert WHERE subject = 'mon_old'"
                 "           AND rule_code = 'failed_logins') AS alerts,"
                 " (SELECT max(event_count) FROM kohi.monitor_alert WHERE subject = 'mon_old'"
                 "    AND rule_code = 'failed_logins') AS today,"
                 " (SELECT count(*) FROM kohi.monitor_alert WHERE subject = 'mon_old'"
                 "    AND day <> (now() AT TIME ZONE 'Asia/Tokyo')::date) AS old_alerts,"
                 " (SELECT n FROM kohi.monitor_daily_count WHERE category = 'login_failed'"
                 "    AND day = ($1::timestamptz AT TIME ZONE 'Asia/Tokyo')::date) AS counted"_s,
                 {old.toString(Qt::ISODate).toUtf8()});
    REQUIRE(r.ok);
    CHECK(r.first(u"alerts"_s).toInt() == 1);
    CHECK(r.first(u"today"_s).toInt() == 3);
    CHECK(r.first(u"old_alerts"_s).toInt() == 0);
    CHECK(r.first(u"counted"_s).toInt() == 6);
}

TEST_CASE("sessions evaluating and writing at once count every event exactly once",
          "[monitor][concurrency]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_concurrent"_s);
    REQUIRE(db.dba().exec(u"SELECT kohi.generate_synthetic_recipients(50)"_s).ok);
    QList<TestDatabase::Staff> readers;
    readers << db.createStaff(u"mon_aud1"_s, {u"kohi_auditor"_s})
            << db.createStaff(u"mon_aud2"_s, {u"kohi_auditor"_s})
            << db.createStaff(u"mon_adm"_s, {u"kohi_user_admin"_s});
    QList<TestDatabase::Staff> writers;
    writers << db.createStaff(u"mon_w1"_s, {u"kohi_clerk_nanbyo"_s})
            << db.createStaff(u"mon_w2"_s, {u"kohi_clerk_nanbyo"_s});

    // Sessions are opened in the thread that uses them (a QSqlDatabase belongs to its thread).
    auto connectIn = [&db](const TestDatabase::Staff& staff) {
        auto settings = TestDatabase::instance().settings();
        settings.database = db.name();
        auto session = std::make_unique<Session>(settings);
        return session->open(staff.login, staff.password).ok() ? std::move(session) : nullptr;
    };
    std::atomic<int> failures{0};
    std::atomic<bool> stop{false};
    std::atomic<int> searches{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < readers.size(); ++i) {
        threads.emplace_back([&, staff = readers[i], i] {
            auto s = connectIn(staff);
            if (!s) {
                ++failures;
                return;
            }
            while (!stop) {
                const PgResult r =
                    i % 2 ? s->exec(u"SELECT count(*) FROM kohi_api.monitor_alerts(true, 100)"_s)
                          : s->exec(u"SELECT count(*) FROM kohi_api.monitor_daily_counts("
                                    "current_date - 1, current_date + 1)"_s);
                if (!r.ok)
                    ++failures;
            }
        });
    }
    std::vector<std::thread> writing;
    for (const auto& staff : writers) {
        writing.emplace_back([&, staff] {
            auto s = connectIn(staff);
            for (int n = 0; s && n < 60; ++n) {
                const PgResult r = s->exec(u"SELECT count(*) FROM kohi_api.recipient_search("
                                           "'ア', NULL, NULL, NULL, NULL, NULL, 5)"_s);
                if (r.ok)
                    ++searches;
                else
                    ++failures;
            }
        });
    }
    for (auto& t : writing)
        t.join();
    stop = true;
    for (auto& t : threads)
        t.join();
    CHECK(failures == 0);
    CHECK(searches == 120);

    // One last evaluation; then the dashboard's totals equal the log's own counts.
    REQUIRE(db.dba().exec(u"SELECT * FROM kohi.monitor_evaluate()"_s).ok);
    const PgResult totals = db.dba().exec(
        u"SELECT (SELECT sum(n) FROM kohi.monitor_daily_count WHERE category = 'all') AS counted,"
        " (SELECT count(*) FROM kohi.audit_event) AS logged,"
        " (SELECT sum(n) FROM kohi.monitor_daily_count WHERE category = 'recipient_access')"
        "   AS counted_searches,"
        " (SELECT count(*) FROM kohi.audit_event WHERE action = 'recipient_search') AS searches,"
        " (SELECT last_seq FROM kohi.monitor_state) AS watermark,"
        " (SELECT max(chain_seq) FROM kohi.audit_event) AS head"_s);
    REQUIRE(totals.ok);
    CHECK(totals.first(u"counted"_s).toLongLong() == totals.first(u"logged"_s).toLongLong());
    CHECK(totals.first(u"counted_searches"_s).toLongLong() == 120);
    CHECK(totals.first(u"searches"_s).toLongLong() == 120);
    CHECK(totals.first(u"watermark"_s).toLongLong() == totals.first(u"head"_s).toLongLong());
}

TEST_CASE("evaluation in bounded steps reaches the same counts and alerts as one pass, and the "
          "status says how much is still waiting",
          "[monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_steps"_s);
    Session& dba = db.dba();
    const auto auditor = db.createStaff(u"mon_aud"_s, {u"kohi_auditor"_s});
    auto audit = db.connect(auditor);
    setRule(*audit, u"off_hours"_s, false, 1, {}, "08:30", "18:00");
    // The auditor's first use from the run's terminal would raise new_terminal (0024): this
    // test counts the reveal rule's alert alone.
    setRule(*audit, u"new_terminal"_s, false, 1);
    REQUIRE(dba.exec(u"SELECT * FROM kohi.monitor_evaluate(NULL)"_s).ok);

    for (int i = 0; i < 25; ++i)
        appendAuditEvent(dba, u"mon_viewer_s"_s, u"mynumber_reveal"_s, u"ok"_s);
    auto step = [&dba](const char* bound) {
        const PgResult r =
            dba.exec(u"SELECT events, pending FROM kohi.monitor_evaluate($1::bigint)"_s,
                     {QByteArray(bound)});
        INFO(r.errorMessage.toStdString());
        REQUIRE(r.ok);
        return std::pair{r.first(u"events"_s).toLongLong(), r.first(u"pending"_s).toLongLong()};
    };
    CHECK(step("10") == std::pair<qint64, qint64>{10, 15});
    const PgResult status =
        audit->exec(u"SELECT evaluated_seq, pending, open_alerts FROM kohi_api.monitor_status()"_s);
    REQUIRE(status.ok);
    CHECK(status.first(u"pending"_s).toLongLong() == 15);
    CHECK(status.first(u"evaluated_seq"_s).toLongLong() == db.headSeq() - 16); // + status's own
    CHECK(status.first(u"open_alerts"_s).toLongLong() == 1); // 10 reveals reach the default 10
    CHECK(step("10") == std::pair<qint64, qint64>{10, 6});
    CHECK(step(nullptr) == std::pair<qint64, qint64>{6, 0});
    // Nothing new: a bounded call evaluates nothing and the watermark stays at the head (it
    // once ran ahead here, which would have skipped the next events for good).
    CHECK(step("10") == std::pair<qint64, qint64>{0, 0});
    const PgResult mark = dba.exec(u"SELECT last_seq FROM kohi.monitor_state"_s);
    REQUIRE(mark.ok);
    CHECK(mark.first(u"last_seq"_s).toLongLong() == db.headSeq());
    appendAuditEvent(dba, u"mon_viewer_s"_s, u"mynumber_reveal"_s, u"ok"_s);
    CHECK(step("10") == std::pair<qint64, qint64>{1, 0});

    const PgResult totals =
        dba.exec(u"SELECT (SELECT event_count FROM kohi.monitor_alert WHERE subject = "
                 u"'mon_viewer_s') AS alert,"
                 " (SELECT sum(n) FROM kohi.monitor_daily_count WHERE category = "
                 "'mynumber_reveal') AS daily,"
                 " (SELECT sum(n) FROM kohi.monitor_daily_count WHERE category = 'all') AS counted,"
                 " (SELECT count(*) FROM kohi.audit_event) AS logged"_s);
    REQUIRE(totals.ok);
    CHECK(totals.first(u"alert"_s).toInt() == 26);
    CHECK(totals.first(u"daily"_s).toInt() == 26);
    CHECK(totals.first(u"counted"_s).toLongLong() == totals.first(u"logged"_s).toLongLong());
}

TEST_CASE("session starts, failed logins and monitoring evaluations at the same time never "
          "deadlock",
          "[monitor][concurrency]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_session_race"_s);
    const auto auditor = db.createStaff(u"mon_race_aud"_s, {u"kohi_auditor"_s});
    QList<TestDatabase::Staff> clerks;
    for (int i = 0; i < 3; ++i)
        clerks << db.createStaff(u"mon_race%1"_s.arg(i), {u"kohi_clerk_boshi"_s});

    auto settings = TestDatabase::instance().settings();
    settings.database = db.name();
    std::atomic<int> failures{0};
    std::atomic<int> begun{0};
    std::vector<std::string> errors;
    std::mutex errorsMutex;
    auto fail = [&](const QString& what) {
        ++failures;
        const std::lock_guard lock(errorsMutex);
        errors.push_back(what.toStdString());
    };
    std::vector<std::thread> threads;
    // Clerks: a new connection each time (the previous one's client_session row goes stale and
    // is cleaned up by the next session start), each declaring its terminal.
    for (const auto& clerk : clerks) {
        threads.emplace_back([&, clerk] {
            for (int n = 0; n < 25; ++n) {
                Session s(settings);
                if (!s.open(clerk.login, clerk.password).ok()) {
                    fail(u"login failed"_s);
                    continue;
                }
                const PgResult r = s.exec(u"SELECT kohi_api.session_begin('race-term')"_s);
                if (r.ok)
                    ++begun;
                else
                    fail(r.errorMessage);
            }
        });
    }
    // Wrong passwords (an account of their own: it locks after five): authentication events
    // that the next session start or evaluation drains.
    const auto target = db.createStaff(u"mon_race_pw"_s, {u"kohi_clerk_boshi"_s});
    threads.emplace_back([&] {
        for (int n = 0; n < 25; ++n)
            Session(settings).open(target.login, u"wrong-password"_s);
    });
    // An auditor's monitoring tab refreshing all the while.
    threads.emplace_back([&] {
        Session s(settings);
        if (!s.open(auditor.login, auditor.password).ok()) {
            fail(u"auditor login failed"_s);
            return;
        }
        for (int n = 0; n < 60; ++n) {
            const PgResult r = s.exec(u"SELECT count(*) FROM kohi_api.monitor_alerts(true, 10)"_s);
            if (!r.ok)
                fail(r.errorMessage);
        }
    });
    for (auto& t : threads)
        t.join();
    INFO(errors.size() << " errors, first: " << (errors.empty() ? std::string() : errors[0]));
    CHECK(failures == 0);
    CHECK(begun == 75);
}

TEST_CASE("a day the office is closed counts as off-hours all day, and kohi-admin keeps the "
          "closed days",
          "[monitor]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"kohi_monitor_holiday"_s);
    const auto auditor = db.createStaff(u"mon_aud"_s, {u"kohi_auditor"_s});
    auto audit = db.connect(auditor);
    // Office hours around the clock, so only the closed day can make an event off-hours.
    setRule(*audit, u"off_hours"_s, true, 1, {}, "00:00", "23:59");
    const QString today = tokyoNow().date().toString(Qt::ISODate);
    REQUIRE(audit->exec(u"SELECT count(*) FROM kohi_api.monitor_alerts(true, 10)"_s).ok);

    const auto before = kohi::test::runAdmin({u"audit"_s, u"holidays"_s, u"remove"_s, today},
                                             db.name()); // in case today is one
    REQUIRE(before.exitCode == 0);
    const bool weekend = tokyoNow().date().dayOfWeek() >= 6;
    const auto workday = db.createStaff(u"mon_work"_s, {u"kohi_clerk_boshi"_s});
    REQUIRE(db.connect(workday)->exec(u"SELECT kohi_api.session_begin('t1')"_s).ok);
    if (!weekend && tokyoNow().time() < QTime(23, 58)) // office hours end at 23:59
        CHECK(alertsFor(*audit, u"off_hours"_s, workday.login).isEmpty());

    const auto added = kohi::test::runAdmin(
        {u"audit"_s, u"holidays"_s, u"add"_s, today, u"試験用の閉庁日"_s}, db.name());
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(u"休日を登録しました"_s));
    const auto listed = kohi::test::runAdmin({u"audit"_s, u"holidays"_s}, db.name());
    CHECK(listed.out.contains(today + u"\t試験用の閉庁日"_s));
    const auto closedDay = db.createStaff(u"mon_closed"_s, {u"kohi_clerk_boshi"_s});
    REQUIRE(db.connect(closedDay)->exec(u"SELECT kohi_api.session_begin('t2')"_s).ok);
    CHECK(alertsFor(*audit, u"off_hours"_s, closedDay.login).size() == 1);
    CHECK(kohi::test::runAdmin({u"audit"_s, u"holidays"_s, u"add"_s, u"2026-13-01"_s, u"x"_s},
                               db.name())
              .exitCode == 2);
}
