// User administration as the server enforces it, through raw connections as each role (what a
// staff member with psql could do), through StaffRepository and through `kohi-admin user|settings`.
#include "db/StaffRepository.h"
#include "tests/support/FreshDatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <catch2/catch.hpp>
#include <libpq-fe.h>
#include <memory>

using namespace Qt::StringLiterals;
using kohi::db::LoginFailure;
using kohi::db::PgResult;
using kohi::db::Session;
using kohi::db::StaffRepository;
using kohi::test::TestDatabase;

namespace {

const QString kSelfRefusal =
    u"自分自身のアカウントは操作できません。別のユーザー管理者に依頼してください。"_s;
const QString kLastAdminRefusal =
    u"最後のユーザー管理者は外せません。先に別のユーザー管理者を任命してください。"_s;
const QString kNotAdminRefusal = u"ユーザー管理の権限がありません。"_s;

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

QString uniqueLogin(const QString& prefix)
{
    static QAtomicInt counter;
    return u"%1_%2_%3"_s.arg(prefix)
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(QRandomGenerator::global()->bounded(1000000));
}

// Counts refused attempts; each one must really be refused (a test that cannot fail is a defect).
struct AttackCounter
{
    int refused = 0;
    PgResult expectRefused(const Session& s, const QString& sql,
                           const QList<QByteArray>& params = {}, const QString& sqlState = {})
    {
        const PgResult r = s.exec(sql, params);
        INFO(s.userId().toStdString()
             << ": " << sql.toStdString() << " -> [" << r.sqlState.toStdString() << "] "
             << r.errorMessage.toStdString());
        CHECK_FALSE(r.ok);
        if (!sqlState.isEmpty())
            CHECK(r.sqlState == sqlState);
        if (!r.ok)
            ++refused;
        return r;
    }
};

using Run = kohi::test::AdminRun;

// kohi-admin with the test cluster's environment, optionally as another role.
Run runAdmin(const QStringList& args, const QList<std::pair<QString, QString>>& overrides = {})
{
    return kohi::test::runAdmin(args, {}, overrides);
}

QList<std::pair<QString, QString>> asRole(const TestDatabase::Staff& staff)
{
    // PGPASSWORD only in the child's environment; PGPASSFILE off so the DBA's is not used.
    return {{u"PGUSER"_s, staff.login},
            {u"PGPASSWORD"_s, staff.password},
            {u"PGPASSFILE"_s, u"/nonexistent"_s}};
}

QString initialPasswordFrom(const QString& output)
{
    static const QRegularExpression line(u"初期パスワード（この画面でのみ表示）: (\\S+)"_s);
    return line.match(output).captured(1);
}

// A database of its own in the test cluster, migrated from nothing, for rules that depend on
// every account of the database (the last administrator) or change global settings. Staff login
// roles are cluster-wide, but kohi.staff (who counts) is per database.
class FreshDatabase
{
public:
    explicit FreshDatabase(const QString& tag)
        : m_name(u"kohi_ua_%1_%2"_s.arg(tag).arg(QRandomGenerator::global()->bounded(1000000)))
    {
        auto dba = TestDatabase::instance().admin();
        REQUIRE(dba);
        REQUIRE(dba->exec(u"CREATE DATABASE "_s + m_name).ok);
        const Run migrated = runAdmin({u"migrate"_s}, {{u"PGDATABASE"_s, m_name}});
        INFO(migrated.err.toStdString());
        REQUIRE(migrated.exitCode == 0);
        m_dba = TestDatabase::instance().admin(m_name);
        REQUIRE(m_dba);
        TestDatabase::registerRunTerminal(*m_dba); // staff connect with the run's certificate
    }
    ~FreshDatabase()
    {
        m_dba.reset();
        if (auto dba = TestDatabase::instance().admin()) {
            dba->exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
            for (const QString& login : m_logins)
                dba->exec(u"DROP ROLE IF EXISTS "_s + login);
        }
    }
    FreshDatabase(const FreshDatabase&) = delete;
    FreshDatabase& operator=(const FreshDatabase&) = delete;

    QString name() const { return m_name; }
    Session& dba() { return *m_dba; }

    // As TestDatabase::createStaff, in this database: created by the database administrator
    // through the real API, with the password already changed.
    TestDatabase::Staff createStaff(const QString& prefix, const QStringList& duties)
    {
        TestDatabase::Staff staff{
            uniqueLogin(prefix),
            u"Fresh-pw-%1-Aa9!"_s.arg(QRandomGenerator::global()->bounded(1000000))};
        StaffRepository repo(*m_dba);
        INFO(repo.lastError().message.toStdString());
        REQUIRE(repo.createWithPassword(staff.login, u"試験 "_s + prefix, duties, staff.password));
        m_logins << staff.login;
        REQUIRE(m_dba
                    ->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                           " password_changed_at = now() WHERE login = $1"_s,
                           {utf8(staff.login)})
                    .ok);
        return staff;
    }
    void forget(const QString& login) { m_logins << login; }

    std::unique_ptr<Session> connect(const QString& login, const QString& password)
    {
        auto settings = TestDatabase::instance().settings();
        settings.database = m_name;
        auto s = std::make_unique<Session>(settings);
        const auto r = s->open(login, password);
        INFO(r.serverText.toStdString());
        REQUIRE(r.ok());
        return s;
    }

    QStringList dutiesOf(const QString& login)
    {
        const PgResult r = m_dba->exec(
            u"SELECT array_to_string(duties, ',') AS d FROM kohi_api.user_list() WHERE login = $1"_s,
            {utf8(login)});
        REQUIRE(r.ok);
        REQUIRE(r.rows.size() == 1);
        return r.first(u"d"_s).toString().split(u',', Qt::SkipEmptyParts);
    }

private:
    QString m_name;
    std::unique_ptr<Session> m_dba;
    QStringList m_logins;
};

// Waits until the server log has caught up (a marker statement appears in it), then returns it.
QByteArray serverLogAfter(const Session& s)
{
    const QString marker = u"log-marker-%1"_s.arg(QRandomGenerator::global()->generate64());
    REQUIRE(s.exec(u"SELECT '%1'"_s.arg(marker)).ok);
    QFile log(TestDatabase::instance().value(u"KOHI_LOCALDB_DIR"_s) +
              u"/data/log/postgresql.log"_s);
    QDeadlineTimer deadline(10000);
    QByteArray text;
    while (!deadline.hasExpired()) {
        REQUIRE(log.open(QIODevice::ReadOnly));
        text = log.readAll();
        log.close();
        if (text.contains(marker.toUtf8()))
            return text;
        QThread::msleep(100);
    }
    FAIL("the server log does not show the marker statement");
    return text;
}

// A change's event is linked into the access log by the sealer after its commit: what is waiting
// is sealed before counting.
int auditCount(Session& dba, const QString& action, const QString& target, const QString& by)
{
    kohi::test::sealAuditLog(dba);
    const PgResult r =
        dba.exec(u"SELECT count(*) AS n FROM kohi.audit_event"
                 " WHERE action = $1 AND target = $2 AND login = $3 AND outcome = 'ok'"_s,
                 {utf8(action), utf8(target), utf8(by)});
    REQUIRE(r.ok);
    return r.first(u"n"_s).toInt();
}

std::optional<kohi::db::StaffAccount> findAccount(StaffRepository& repo, const QString& login)
{
    const auto accounts = repo.list();
    REQUIRE(accounts);
    for (const auto& a : *accounts) {
        if (a.login == login)
            return a;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("user admin: a created account gets a one-time password and reaches no data until it "
          "is changed",
          "[useradmin]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto admin = tdb.createStaff(u"ua_creator"_s, {u"kohi_user_admin"_s});
    auto adminSession = tdb.connect(admin.login, admin.password);
    REQUIRE(adminSession);
    StaffRepository repo(*adminSession);

    const QString login = uniqueLogin(u"ua_new"_s);
    std::optional<kohi::db::CreatedAccount> created =
        repo.create(login, u"新規 花子"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s});
    INFO(repo.lastError().message.toStdString());
    REQUIRE(created);
    CHECK(created->proposalId == 0); // clerk duties need no second administrator
    std::optional<QString> initial = created->initialPassword;
    CHECK(initial->size() == 16);

    // The listing shows the account as the server has it.
    const auto account = findAccount(repo, login);
    REQUIRE(account);
    CHECK(account->displayName == u"新規 花子"_s);
    CHECK(account->duties == QStringList{u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s});
    CHECK(account->isActive());
    CHECK(account->mustChangePassword);
    CHECK_FALSE(account->locked);
    CHECK(account->failures == 0);
    CHECK_FALSE(account->lastLoginAt.isValid());
    CHECK(account->createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);

    // Generated by the server and returned once: the password is in no server log line.
    CHECK_FALSE(serverLogAfter(*adminSession).contains(initial->toUtf8()));

    auto s = tdb.connect(login, *initial);
    REQUIRE(s);
    const PgResult info = s->exec(u"SELECT password_change_required, password_change_reason"
                                  " FROM kohi_api.session_info()"_s);
    REQUIRE(info.ok);
    CHECK(info.first(u"password_change_required"_s).toString() == u"t"_s);
    CHECK(info.first(u"password_change_reason"_s).toString() == u"initial"_s);
    AttackCounter attacks;
    const PgResult refused =
        attacks.expectRefused(*s, u"SELECT * FROM kohi_api.recipient_counts()"_s, {}, u"28P01"_s);
    CHECK(refused.errorMessage == u"パスワードを変更するまでデータは利用できません。"_s);
    attacks.expectRefused(*s, u"SELECT * FROM kohi_api.settings_list()"_s, {}, u"28P01"_s);

    // The initial password itself cannot be kept.
    attacks.expectRefused(*s, u"SELECT kohi_api.change_password($1, $2)"_s,
                          {utf8(*initial), utf8(*initial)});
    const PgResult changed = s->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                                     {utf8(*initial), "Own-Chosen-Pass-2026"});
    INFO(changed.errorMessage.toStdString());
    REQUIRE(changed.ok);
    CHECK(s->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    CHECK(auditCount(*tdb.admin(), u"user_create"_s, login, admin.login) == 1);
    initial->fill(u'\0');
    WARN("user admin, first login: refused attempts " << attacks.refused);
}

TEST_CASE("user admin: an administrator cannot administer their own account",
          "[useradmin][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"ua_self"_s, {u"kohi_user_admin"_s});
    auto s = tdb.connect(admin.login, admin.password);
    REQUIRE(s);
    AttackCounter attacks;
    const QByteArray me = utf8(admin.login);
    for (
        const auto& [sql, params] : QList<std::pair<QString, QList<QByteArray>>>{
            {u"SELECT kohi_api.user_set_duties($1, ARRAY['kohi_user_admin','kohi_approver','kohi_mynumber_viewer'])"_s,
             {me}},
            {u"SELECT kohi_api.user_set_duties(current_user, ARRAY['kohi_user_admin','kohi_auditor'])"_s,
             {}},
            {u"SELECT kohi_api.user_set_duties(session_user::text, '{}')"_s, {}},
            {u"SELECT kohi_api.user_disable($1)"_s, {me}},
            {u"SELECT kohi_api.user_enable($1)"_s, {me}},
            {u"SELECT kohi_api.user_unlock($1)"_s, {me}},
            {u"SELECT kohi_api.user_reset_password($1)"_s, {me}},
            {u"SELECT * FROM kohi_api.staff_propose_reset($1, NULL)"_s, {me}},
            {u"SELECT * FROM kohi_api.staff_propose_duties($1, ARRAY['kohi_auditor'], NULL)"_s,
             {me}}}) {
        const PgResult r = attacks.expectRefused(*s, sql, params, u"42501"_s);
        CHECK(r.errorMessage == kSelfRefusal);
    }
    // Through the repository the same refusal arrives with its message and SQLSTATE.
    StaffRepository repo(*s);
    CHECK_FALSE(repo.disable(admin.login));
    CHECK(repo.lastError().message == kSelfRefusal);
    CHECK(repo.lastError().sqlState == u"42501"_s);
    CHECK_FALSE(repo.resetPassword(admin.login));
    CHECK(repo.lastError().message == kSelfRefusal);
    attacks.refused += 2;
    // Nothing changed.
    const auto me2 = findAccount(repo, admin.login);
    REQUIRE(me2);
    CHECK(me2->duties == QStringList{u"kohi_user_admin"_s});
    CHECK(me2->isActive());
    CHECK(tdb.connect(admin.login, admin.password));
    WARN("user admin, own account: refused attempts " << attacks.refused);
}

TEST_CASE("user admin: anyone without the user administrator duty is refused every user_* and "
          "setting_set call",
          "[useradmin][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto target = tdb.createStaff(u"ua_victim"_s, {u"kohi_clerk_boshi"_s});
    AttackCounter attacks;
    const QList<QStringList> nonAdmins{{u"kohi_clerk_nanbyo"_s}, {u"kohi_clerk_boshi"_s},
                                       {u"kohi_approver"_s},     {u"kohi_mynumber_viewer"_s},
                                       {u"kohi_auditor"_s},      {}};
    QStringList attackers;
    for (const QStringList& duties : nonAdmins) {
        const auto staff = tdb.createStaff(u"ua_nonadm"_s, duties);
        attackers << staff.login;
        auto s = tdb.connect(staff.login, staff.password);
        REQUIRE(s);
        const QByteArray victim = utf8(target.login);
        const QByteArray secret = s->scramSecret(target.login, u"Attacker-Knows-1!"_s);
        const QByteArray newLogin = utf8(uniqueLogin(u"ua_sneak"_s));
        const QList<std::pair<QString, QList<QByteArray>>> calls{
            {u"SELECT kohi_api.user_create($1, 'x', ARRAY['kohi_user_admin'], $2)"_s,
             {newLogin, secret}},
            {u"SELECT kohi_api.user_set_duties($1, ARRAY['kohi_user_admin'])"_s, {victim}},
            {u"SELECT kohi_api.user_set_duties(current_user, ARRAY['kohi_user_admin'])"_s, {}},
            {u"SELECT kohi_api.user_disable($1)"_s, {victim}},
            {u"SELECT kohi_api.user_enable($1)"_s, {victim}},
            {u"SELECT kohi_api.user_unlock($1)"_s, {victim}},
            {u"SELECT kohi_api.user_reset_password($1)"_s, {victim}},
            {u"SELECT * FROM kohi_api.user_list()"_s, {}},
            {u"SELECT kohi_api.setting_set('password_min_length', 8)"_s, {}},
            {u"SELECT kohi_api.setting_set('idle_lock_minutes', 60)"_s, {}},
            // The helpers behind the API are not reachable either.
            {u"SELECT kohi.begin_user_admin(NULL)"_s, {}},
            {u"SELECT kohi.assert_not_last_admin($1)"_s, {victim}},
            {u"SELECT * FROM kohi.user_admin_lock"_s, {}},
            {u"UPDATE kohi.setting SET value = 8 WHERE key = 'password_min_length'"_s, {}},
        };
        for (const auto& [sql, params] : calls)
            attacks.expectRefused(*s, sql, params, u"42501"_s);
    }
    // The target is untouched and can still log in with its own password.
    auto dba = tdb.admin();
    StaffRepository asDba(*dba);
    const auto victim = findAccount(asDba, target.login);
    REQUIRE(victim);
    CHECK(victim->duties == QStringList{u"kohi_clerk_boshi"_s});
    CHECK(victim->isActive());
    CHECK(tdb.connect(target.login, target.password));
    WARN("user admin, non-administrators: refused attempts " << attacks.refused);
    CHECK(attacks.refused == 6 * 14);
    // Every refused attempt is in the access log (0019: recorded by the server, whatever the
    // caller's transaction did).
    kohi::test::sealAuditLog(*dba);
    const PgResult logged =
        dba->exec(u"SELECT count(*) AS n FROM kohi.audit_event WHERE login = ANY($1::text[])"
                  " AND outcome = 'refused' AND details->>'sqlstate' = '42501'"_s,
                  {utf8(u'{' + attackers.join(u',') + u'}')});
    REQUIRE(logged.ok);
    CHECK(logged.first(u"n"_s).toInt() == 6 * 14);
}

TEST_CASE("user admin: what an administrator sends is checked (secrets, names, duties, targets, "
          "ranges)",
          "[useradmin][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"ua_strict"_s, {u"kohi_user_admin"_s});
    const auto target = tdb.createStaff(u"ua_tgt"_s, {u"kohi_clerk_nanbyo"_s});
    auto s = tdb.connect(admin.login, admin.password);
    REQUIRE(s);
    AttackCounter attacks;
    const QByteArray secret = s->scramSecret(u"x"_s, u"Some-Initial-Pass-1"_s);
    const QByteArray fresh = utf8(uniqueLogin(u"ua_chk"_s));
    const QString create = u"SELECT * FROM kohi_api.user_create($1, $2, $3::text[])"_s;

    // No password of the administrator's choosing is accepted in any form (0024): the server
    // generates them. The secret-taking user_create is the database administrator's only.
    const QString chosen = u"SELECT kohi_api.user_create($1, $2, $3::text[], $4)"_s;
    for (const QByteArray& pw :
         {secret, QByteArray("Plain-Password-1"), QByteArray("SCRAM-SHA-256$plain-text")})
        attacks.expectRefused(*s, chosen, {fresh, "名前", "{kohi_clerk_nanbyo}", pw}, u"42501"_s);
    // The reset that took a secret is gone.
    attacks.expectRefused(*s, u"SELECT kohi_api.user_reset_password($1, $2)"_s,
                          {utf8(target.login), secret}, u"42883"_s);
    // Reserved or malformed user ids.
    for (const char* bad : {"kohi_evil", "pg_evil", "Upper", "ab", "x\"; DROP ROLE kohi_owner; --",
                            "1abc", "kohi_dba"})
        attacks.expectRefused(*s, create, {bad, "名前", "{}"}, u"22023"_s);
    // Only Kohi's duty roles can be granted.
    for (const char* duty : {"{kohi_owner}", "{kohi_staff}", "{pg_read_all_data}",
                             "{pg_signal_backend}", "{kohi_dba}", "{NULL}"}) {
        attacks.expectRefused(*s, create, {fresh, "名前", duty}, u"22023"_s);
        attacks.expectRefused(*s, u"SELECT kohi_api.user_set_duties($1, $2::text[])"_s,
                              {utf8(target.login), duty}, u"22023"_s);
    }
    // Accounts that are not staff accounts are out of reach.
    for (const char* role : {"kohi_dba", "kohi_owner", "kohi_user_admin", "postgres"}) {
        attacks.expectRefused(*s, u"SELECT kohi_api.user_disable($1)"_s, {role}, u"22023"_s);
        attacks.expectRefused(*s, u"SELECT kohi_api.user_reset_password($1)"_s, {role}, u"22023"_s);
        attacks.expectRefused(*s, u"SELECT kohi_api.user_set_duties($1, '{}')"_s, {role},
                              u"22023"_s);
    }
    // An existing id cannot be taken over.
    attacks.expectRefused(*s, create, {utf8(target.login), "乗っ取り", "{kohi_user_admin}"},
                          u"42710"_s);
    // Settings: out of range and unknown keys, with the server's message.
    const PgResult low = attacks.expectRefused(
        *s, u"SELECT kohi_api.setting_set('password_min_length', 7)"_s, {}, u"22023"_s);
    CHECK(low.errorMessage == u"「パスワードの最小文字数」は 8〜64 の範囲で指定してください。"_s);
    attacks.expectRefused(*s, u"SELECT kohi_api.setting_set('password_min_length', 65)"_s, {},
                          u"22023"_s);
    attacks.expectRefused(*s, u"SELECT kohi_api.setting_set('idle_logout_minutes', 41)"_s, {},
                          u"22023"_s);
    attacks.expectRefused(*s, u"SELECT kohi_api.setting_set('password_history', NULL)"_s, {},
                          u"22023"_s);
    const PgResult unknown = attacks.expectRefused(
        *s, u"SELECT kohi_api.setting_set('kohi_auth.max_failures', 0)"_s, {}, u"22023"_s);
    CHECK(unknown.errorMessage == u"設定「kohi_auth.max_failures」は存在しません。"_s);

    // The target is as it was.
    StaffRepository repo(*s);
    const auto t = findAccount(repo, target.login);
    REQUIRE(t);
    CHECK(t->duties == QStringList{u"kohi_clerk_nanbyo"_s});
    CHECK(tdb.connect(target.login, target.password));
    WARN("user admin, checked input: refused attempts " << attacks.refused);
}

TEST_CASE("user admin: a disabled account cannot log in and its open sessions end, and enabling "
          "restores it",
          "[useradmin]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"ua_disabler"_s, {u"kohi_user_admin"_s});
    const auto clerk = tdb.createStaff(u"ua_leaver"_s, {u"kohi_clerk_nanbyo"_s});
    auto adminSession = tdb.connect(admin.login, admin.password);
    auto clerkSession = tdb.connect(clerk.login, clerk.password);
    REQUIRE(adminSession);
    REQUIRE(clerkSession);
    REQUIRE(clerkSession->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    StaffRepository repo(*adminSession);

    REQUIRE(repo.disable(clerk.login));
    // The session that was open is gone.
    CHECK_FALSE(clerkSession->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    // A new login with the right password is refused by the server (NOLOGIN), for any client.
    Session::LoginResult result;
    CHECK_FALSE(tdb.connect(clerk.login, clerk.password, &result));
    CHECK(result.serverText.contains(u"not permitted to log in"_s));
    const auto listed = findAccount(repo, clerk.login);
    REQUIRE(listed);
    CHECK_FALSE(listed->isActive());
    CHECK(listed->status == u"disabled"_s);

    REQUIRE(repo.enable(clerk.login));
    auto back = tdb.connect(clerk.login, clerk.password);
    REQUIRE(back);
    CHECK(back->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    auto dba = tdb.admin();
    CHECK(auditCount(*dba, u"user_disable"_s, clerk.login, admin.login) == 1);
    CHECK(auditCount(*dba, u"user_enable"_s, clerk.login, admin.login) == 1);
}

TEST_CASE("user admin: a locked account is listed as locked and unlocking lets it log in",
          "[useradmin]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"ua_unlocker"_s, {u"kohi_user_admin"_s});
    const auto clerk = tdb.createStaff(u"ua_forgetful"_s, {u"kohi_clerk_boshi"_s});
    auto adminSession = tdb.connect(admin.login, admin.password);
    REQUIRE(adminSession);
    StaffRepository repo(*adminSession);

    Session::LoginResult result;
    for (int i = 0; i < 2; ++i)
        CHECK_FALSE(tdb.connect(clerk.login, u"wrong-%1"_s.arg(i), &result));
    auto counted = findAccount(repo, clerk.login);
    REQUIRE(counted);
    CHECK(counted->failures == 2);
    CHECK_FALSE(counted->locked);
    for (int i = 2; i < 5; ++i)
        CHECK_FALSE(tdb.connect(clerk.login, u"wrong-%1"_s.arg(i), &result));
    CHECK_FALSE(tdb.connect(clerk.login, clerk.password, &result));
    CHECK(result.failure == LoginFailure::AccountLocked);
    const auto locked = findAccount(repo, clerk.login);
    REQUIRE(locked);
    CHECK(locked->locked);
    CHECK(locked->isActive());

    const std::optional<bool> wasLocked = repo.unlock(clerk.login);
    REQUIRE(wasLocked);
    CHECK(*wasLocked);
    CHECK(tdb.connect(clerk.login, clerk.password));
    const auto unlocked = findAccount(repo, clerk.login);
    REQUIRE(unlocked);
    CHECK_FALSE(unlocked->locked);
    CHECK(unlocked->failures == 0);
    CHECK(auditCount(*tdb.admin(), u"user_unlock"_s, clerk.login, admin.login) == 1);
}

TEST_CASE("user admin: a password reset forces a change, ends open sessions and the old "
          "password",
          "[useradmin]")
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(u"ua_resetter"_s, {u"kohi_user_admin"_s});
    const auto clerk = tdb.createStaff(u"ua_reset"_s, {u"kohi_clerk_nanbyo"_s});
    auto adminSession = tdb.connect(admin.login, admin.password);
    auto old = tdb.connect(clerk.login, clerk.password);
    REQUIRE(adminSession);
    REQUIRE(old);
    StaffRepository repo(*adminSession);

    std::optional<QString> fresh = repo.resetPassword(clerk.login);
    INFO(repo.lastError().message.toStdString());
    REQUIRE(fresh);
    CHECK_FALSE(old->exec(u"SELECT 1"_s).ok); // the session opened with the old password ended
    Session::LoginResult result;
    CHECK_FALSE(tdb.connect(clerk.login, clerk.password, &result));
    CHECK(result.failure == LoginFailure::WrongCredentials);
    CHECK_FALSE(serverLogAfter(*adminSession).contains(fresh->toUtf8()));

    auto s = tdb.connect(clerk.login, *fresh);
    REQUIRE(s);
    const PgResult info = s->exec(u"SELECT password_change_reason FROM kohi_api.session_info()"_s);
    CHECK(info.first(u"password_change_reason"_s).toString() == u"reset"_s);
    CHECK_FALSE(s->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    REQUIRE(
        s->exec(u"SELECT kohi_api.change_password($1, $2)"_s, {utf8(*fresh), "After-Reset-2026"})
            .ok);
    CHECK(s->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    CHECK(auditCount(*tdb.admin(), u"user_reset_password"_s, clerk.login, admin.login) == 1);
    fresh->fill(u'\0');
}

TEST_CASE("user admin: the last user administrator can be neither removed nor disabled "
          "(own database)",
          "[useradmin][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"last"_s);
    AttackCounter attacks;
    const auto first = db.createStaff(u"ua_only"_s, {u"kohi_user_admin"_s});

    // Even the database administrator cannot leave the database without a user administrator.
    const QByteArray only = utf8(first.login);
    for (const auto& [sql, params] : QList<std::pair<QString, QList<QByteArray>>>{
             {u"SELECT kohi_api.user_set_duties($1, ARRAY['kohi_clerk_nanbyo'])"_s, {only}},
             {u"SELECT kohi_api.user_set_duties($1, '{}')"_s, {only}},
             {u"SELECT kohi_api.user_disable($1)"_s, {only}}}) {
        const PgResult r = attacks.expectRefused(db.dba(), sql, params, u"42501"_s);
        CHECK(r.errorMessage == kLastAdminRefusal);
    }

    // A lone administrator cannot make a second one: that grant is only proposed (0024), and
    // the account gets no password until another administrator approves.
    auto a = db.connect(first.login, first.password);
    StaffRepository repoA(*a);
    const QString proposedLogin = uniqueLogin(u"ua_proposed"_s);
    db.forget(proposedLogin);
    const auto proposed = repoA.create(proposedLogin, u"提案 管理者"_s, {u"kohi_user_admin"_s});
    INFO(repoA.lastError().message.toStdString());
    REQUIRE(proposed);
    CHECK(proposed->initialPassword.isEmpty());
    CHECK(proposed->proposalId > 0);
    CHECK(db.dutiesOf(proposedLogin).isEmpty());
    ++attacks.refused;

    // So the database administrator creates the second one (password generated by the server,
    // returned once); it must change the initial password before administering anything.
    const QString secondLogin = uniqueLogin(u"ua_second"_s);
    db.forget(secondLogin);
    const PgResult created = db.dba().exec(
        u"SELECT initial_password FROM kohi_api.user_create($1, '二人目 管理者', ARRAY['kohi_user_admin'])"_s,
        {utf8(secondLogin)});
    INFO(created.errorMessage.toStdString());
    REQUIRE(created.ok);
    std::optional<QString> initial = created.first(u"initial_password"_s).toString();
    REQUIRE(initial->size() == 16);
    auto b = db.connect(secondLogin, *initial);
    attacks.expectRefused(*b, u"SELECT kohi_api.user_disable($1)"_s, {only}, u"28P01"_s);
    REQUIRE(b->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                    {utf8(*initial), "Second-Admin-2026!"})
                .ok);

    // With two, one may be removed; then the remaining one is the last again.
    REQUIRE(
        db.dba()
            .exec(u"SELECT kohi_api.user_set_duties($1, ARRAY['kohi_user_admin','kohi_auditor'])"_s,
                  {only})
            .ok);
    StaffRepository repoB(*b);
    REQUIRE(repoB.setDuties(first.login, {u"kohi_auditor"_s}));
    CHECK(db.dutiesOf(first.login) == QStringList{u"kohi_auditor"_s});
    const PgResult last = attacks.expectRefused(db.dba(), u"SELECT kohi_api.user_disable($1)"_s,
                                                {utf8(secondLogin)}, u"42501"_s);
    CHECK(last.errorMessage == kLastAdminRefusal);
    // The removed administrator's open session has lost the right at once.
    const PgResult gone =
        attacks.expectRefused(*a, u"SELECT * FROM kohi_api.user_list()"_s, {}, u"42501"_s);
    CHECK(gone.errorMessage.contains(u"permission denied"_s));
    WARN("user admin, last administrator: refused attempts " << attacks.refused);
}

TEST_CASE("user admin: a call queued behind another administrator's change runs on the "
          "caller's current rights (own database)",
          "[useradmin][security]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"race"_s);
    const auto a = db.createStaff(u"ua_race_a"_s, {u"kohi_user_admin"_s});
    const auto b = db.createStaff(u"ua_race_b"_s, {u"kohi_user_admin"_s});
    const auto accomplice = db.createStaff(u"ua_race_c"_s, {u"kohi_clerk_nanbyo"_s});
    auto sa = db.connect(a.login, a.password);
    auto sb = db.connect(b.login, b.password);

    // A removes B's duty and holds the transaction open.
    REQUIRE(sa->exec(u"BEGIN"_s).ok);
    REQUIRE(sa->exec(u"SELECT kohi_api.user_set_duties($1, '{}')"_s, {utf8(b.login)}).ok);
    // B, at the same moment, grants an accomplice the My Number viewer duty: the call waits for
    // A's administration lock.
    pg_conn* conn = sb->nativeHandle();
    REQUIRE(conn);
    const QByteArray target = utf8(accomplice.login);
    const char* values[] = {target.constData()};
    REQUIRE(PQsendQueryParams(conn,
                              "SELECT kohi_api.user_set_duties($1,"
                              " ARRAY['kohi_clerk_nanbyo', 'kohi_mynumber_viewer'])",
                              1, nullptr, values, nullptr, nullptr, 0) == 1);
    QDeadlineTimer deadline(20000);
    bool waiting = false;
    while (!waiting && !deadline.hasExpired()) {
        const PgResult w = db.dba().exec(
            u"SELECT count(*) AS n FROM pg_stat_activity WHERE usename = $1 AND wait_event_type = 'Lock'"_s,
            {utf8(b.login)});
        REQUIRE(w.ok);
        waiting = w.first(u"n"_s).toInt() == 1;
        if (!waiting)
            QThread::msleep(50);
    }
    REQUIRE(waiting);
    REQUIRE(sa->exec(u"COMMIT"_s).ok);

    // B's call continues after A's commit and must see that B is no longer an administrator.
    bool refused = false;
    QString sqlState;
    QString message;
    while (PGresult* res = PQgetResult(conn)) {
        if (PQresultStatus(res) == PGRES_FATAL_ERROR) {
            refused = true;
            sqlState = QString::fromUtf8(PQresultErrorField(res, PG_DIAG_SQLSTATE));
            message = QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
        }
        PQclear(res);
    }
    INFO(message.toStdString());
    CHECK(refused);
    CHECK(sqlState == u"42501"_s);
    CHECK(message == kNotAdminRefusal);
    CHECK(db.dutiesOf(accomplice.login) == QStringList{u"kohi_clerk_nanbyo"_s});
    CHECK(db.dutiesOf(a.login) == QStringList{u"kohi_user_admin"_s});
    CHECK(db.dutiesOf(b.login).isEmpty());
    WARN("user admin, queued call on stale rights: refused attempts " << (refused ? 1 : 0));
}

TEST_CASE("user admin: settings are range-checked, checked together and audited (own database)",
          "[useradmin]")
{
    REQUIRE(TestDatabase::instance().available());
    FreshDatabase db(u"settings"_s);
    const auto admin = db.createStaff(u"ua_policy"_s, {u"kohi_user_admin"_s});
    auto s = db.connect(admin.login, admin.password);
    StaffRepository repo(*s);
    AttackCounter attacks;
    auto valueOf = [&](const QString& key) {
        const auto list = repo.settings();
        REQUIRE(list);
        for (const auto& setting : *list) {
            if (setting.key == key)
                return setting.value;
        }
        FAIL("no setting " << key.toStdString());
        return -1;
    };
    auto audits = [&](const QString& key) {
        kohi::test::sealAuditLog(db.dba());
        const PgResult r = db.dba().exec(
            u"SELECT count(*) AS n, max(details->>'before') AS before, max(details->>'after') AS "
            u"after"
            " FROM kohi.audit_event WHERE action = 'setting_set' AND target = $1 AND login = $2"
            "   AND outcome = 'ok'"_s,
            {utf8(key), utf8(admin.login)});
        REQUIRE(r.ok);
        return std::tuple{r.first(u"n"_s).toInt(), r.first(u"before"_s).toString(),
                          r.first(u"after"_s).toString()};
    };

    // The ranges the client shows come from the server.
    const auto list = repo.settings();
    REQUIRE(list);
    REQUIRE(list->size() >= 7); // later migrations may add settings
    for (const auto& setting : *list) {
        if (setting.key == u"password_min_length"_s) {
            CHECK(setting.minValue == 8);
            CHECK(setting.maxValue == 64);
            CHECK(setting.label == u"パスワードの最小文字数"_s);
        }
    }

    // Out of range: refused with the server's Japanese message, not recorded as a change.
    CHECK_FALSE(repo.setSetting(u"password_min_length"_s, 7));
    CHECK(repo.lastError().message ==
          u"「パスワードの最小文字数」は 8〜64 の範囲で指定してください。"_s);
    CHECK(repo.lastError().sqlState == u"22023"_s);
    ++attacks.refused;
    CHECK(std::get<0>(audits(u"password_min_length"_s)) == 0);

    // In range: changed, audited with before and after, and in force at once.
    REQUIRE(repo.setSetting(u"password_min_length"_s, 14));
    CHECK(valueOf(u"password_min_length"_s) == 14);
    CHECK(audits(u"password_min_length"_s) == std::tuple{1, u"12"_s, u"14"_s});
    const auto clerk = db.createStaff(u"ua_pol_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    auto c = db.connect(clerk.login, clerk.password);
    const PgResult tooShort = attacks.expectRefused(
        *c, u"SELECT kohi_api.change_password($1, $2)"_s, {utf8(clerk.password), "Thirteen-Ch1!"});
    CHECK(tooShort.errorMessage.contains(
        u"パスワードは14文字以上にしてください（入力は13文字）。"_s));

    // Settings that only make sense together are checked together.
    CHECK_FALSE(repo.setSetting(u"idle_lock_minutes"_s, 30)); // logout is at 30
    CHECK(
        repo.lastError().message ==
        u"画面をロックするまでの時間（30分）は、ログアウトするまでの時間（30分）より短くしてください。"_s);
    ++attacks.refused;
    CHECK(valueOf(u"idle_lock_minutes"_s) == 5);
    CHECK_FALSE(repo.setSetting(u"password_expiry_days"_s, 10)); // warnings start 14 days before
    CHECK(repo.lastError().message.contains(u"パスワードの有効期間（10日）より短く"_s));
    ++attacks.refused;
    CHECK(valueOf(u"password_expiry_days"_s) == 90);
    // ... at commit, so that both idle times can move together; all or nothing.
    REQUIRE(repo.setSettings({{u"idle_logout_minutes"_s, 40}, {u"idle_lock_minutes"_s, 35}}));
    CHECK(valueOf(u"idle_lock_minutes"_s) == 35);
    CHECK(valueOf(u"idle_logout_minutes"_s) == 40);
    CHECK_FALSE(repo.setSettings({{u"idle_lock_minutes"_s, 39}, {u"idle_logout_minutes"_s, 38}}));
    CHECK(repo.lastError().message.contains(u"より短くしてください"_s));
    ++attacks.refused;
    CHECK(valueOf(u"idle_lock_minutes"_s) == 35);
    CHECK(valueOf(u"idle_logout_minutes"_s) == 40);
    CHECK(std::get<0>(audits(u"idle_lock_minutes"_s)) == 1);

    // kohi-admin settings, as that administrator.
    auto env = asRole(admin);
    env.append({u"PGDATABASE"_s, db.name()});
    const Run listed = runAdmin({u"settings"_s, u"list"_s}, env);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(u"password_min_length\t14\t8〜64\tパスワードの最小文字数"_s));
    const Run set = runAdmin({u"settings"_s, u"set"_s, u"password_history"_s, u"7"_s}, env);
    CHECK(set.exitCode == 0);
    CHECK(valueOf(u"password_history"_s) == 7);
    const Run bad = runAdmin({u"settings"_s, u"set"_s, u"password_history"_s, u"99"_s}, env);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(
        u"「再利用できない過去のパスワードの数」は 0〜24 の範囲で指定してください。 [22023]"_s));
    ++attacks.refused;
    CHECK(valueOf(u"password_history"_s) == 7);
    WARN("user admin, settings: refused attempts " << attacks.refused);
}

TEST_CASE("user admin: kohi-admin user commands as a user administrator", "[useradmin][admin]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto admin = tdb.createStaff(u"ua_cli"_s, {u"kohi_user_admin"_s});
    const auto env = asRole(admin);
    const QString login = uniqueLogin(u"ua_cli_new"_s);

    const Run created = runAdmin({u"user"_s, u"create"_s, login, u"--name"_s, u"端末 一郎"_s,
                                  u"--duty"_s, u"kohi_clerk_nanbyo"_s},
                                 env);
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString initial = initialPasswordFrom(created.out);
    REQUIRE(initial.size() == 16);
    CHECK(created.out.count(initial) == 1); // printed once

    // A clerk duty with the approver duty is refused (0021), with the server's reason.
    const Run both =
        runAdmin({u"user"_s, u"duties"_s, login, u"kohi_clerk_boshi"_s, u"kohi_approver"_s}, env);
    CHECK(both.exitCode != 0);
    CHECK(both.err.contains(u"承認者の職務を同じ職員に付与することはできません"_s));

    const Run duties = runAdmin(
        {u"user"_s, u"duties"_s, login, u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s}, env);
    INFO(duties.err.toStdString());
    CHECK(duties.exitCode == 0);
    CHECK(duties.out.contains(u"難病認定G 担当、母子G 担当"_s));
    CHECK(duties.err.isEmpty()); // no server warnings leak to the operator

    CHECK_FALSE(tdb.connect(login, u"wrong-once"_s));
    const Run listed = runAdmin({u"user"_s, u"list"_s}, env);
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.startsWith(
        u"ユーザーID\t氏名\t職務\t状態\tロック\t失敗回数\t要パスワード変更\t最終ログイン\n"_s));
    CHECK(listed.out.contains(
        login + u"\t端末 一郎\tkohi_clerk_nanbyo,kohi_clerk_boshi\t有効\t-\t1\t要\t-\n"_s));

    CHECK(runAdmin({u"user"_s, u"disable"_s, login}, env).exitCode == 0);
    Session::LoginResult result;
    CHECK_FALSE(tdb.connect(login, initial, &result));
    CHECK(runAdmin({u"user"_s, u"list"_s}, env)
              .out.contains(login + u"\t端末 一郎\tkohi_clerk_nanbyo,kohi_clerk_boshi\t無効"_s));
    CHECK(runAdmin({u"user"_s, u"enable"_s, login}, env).exitCode == 0);
    CHECK(tdb.connect(login, initial));

    const Run unlocked = runAdmin({u"user"_s, u"unlock"_s, login}, env);
    CHECK(unlocked.exitCode == 0);
    CHECK(unlocked.out.contains(u"ロックされていませんでした"_s));

    const Run reset = runAdmin({u"user"_s, u"reset-password"_s, login}, env);
    REQUIRE(reset.exitCode == 0);
    const QString second = initialPasswordFrom(reset.out);
    REQUIRE(second.size() == 16);
    CHECK(second != initial);
    CHECK_FALSE(tdb.connect(login, initial));
    CHECK(tdb.connect(login, second));

    // Refusals: the server's message and SQLSTATE, exit code 1.
    const Run self = runAdmin({u"user"_s, u"disable"_s, admin.login}, env);
    CHECK(self.exitCode == 1);
    CHECK(self.err.contains(kSelfRefusal + u" [42501]"_s));
    const Run unknownDuty = runAdmin({u"user"_s, u"duties"_s, login, u"kohi_owner"_s}, env);
    CHECK(unknownDuty.exitCode == 1);
    CHECK(unknownDuty.err.contains(u"職務「kohi_owner」は存在しません。 [22023]"_s));
    CHECK(runAdmin({u"user"_s, u"frobnicate"_s}, env).exitCode == 2);
    CHECK(runAdmin({u"user"_s, u"disable"_s}, env).exitCode == 2);
    WARN("user admin, kohi-admin: refused attempts 2");
}
