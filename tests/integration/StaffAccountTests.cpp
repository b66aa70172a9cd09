// Staff accounts as the server enforces them, attacked through raw connections as each role.
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::TestDatabase;

namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

// A fresh account as a real user administrator creates it: initial password, change pending.
TestDatabase::Staff createWithInitialPassword(const QString& prefix, const QString& duty)
{
    auto& tdb = TestDatabase::instance();
    const auto admin = tdb.createStaff(prefix + u"_adm"_s, {u"kohi_user_admin"_s});
    auto s = tdb.connect(admin.login, admin.password);
    REQUIRE(s);
    TestDatabase::Staff staff{prefix + u"_new_"_s + QString::number(qHash(admin.login) % 100000),
                              {}};
    // The server generates the initial password and returns it once (0024).
    const auto r =
        s->exec(u"SELECT initial_password FROM kohi_api.user_create($1, $2, ARRAY[$3])"_s,
                {utf8(staff.login), QByteArray("新規 職員"), utf8(duty)});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    staff.password = r.first(u"initial_password"_s).toString();
    REQUIRE(staff.password.size() == 16);
    return staff;
}

} // namespace

TEST_CASE("a new account reaches no data until its initial password is changed", "[staff]")
{
    auto& tdb = TestDatabase::instance();
    const auto staff = createWithInitialPassword(u"forced"_s, u"kohi_clerk_nanbyo"_s);
    auto s = tdb.connect(staff.login, staff.password);
    REQUIRE(s);

    const auto info = s->exec(u"SELECT password_change_required, password_change_reason"
                              " FROM kohi_api.session_info()"_s);
    REQUIRE(info.ok);
    CHECK(info.first(u"password_change_required"_s).toString() == u"t"_s);
    CHECK(info.first(u"password_change_reason"_s).toString() == u"initial"_s);

    const auto refused = s->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s);
    CHECK_FALSE(refused.ok);
    CHECK(refused.sqlState == u"28P01"_s);
    CHECK(refused.errorMessage == u"パスワードを変更するまでデータは利用できません。"_s);

    const auto wrongCurrent = s->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                                      {"not-my-password", "Brand-New-Pass-77"});
    CHECK_FALSE(wrongCurrent.ok);
    CHECK(wrongCurrent.errorMessage == u"現在のパスワードが正しくありません。"_s);

    const auto changed = s->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                                 {utf8(staff.password), "Brand-New-Pass-77"});
    INFO(changed.errorMessage.toStdString());
    REQUIRE(changed.ok);
    CHECK(s->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
    // The new password works for a new login, the old one no longer does.
    CHECK(tdb.connect(staff.login, u"Brand-New-Pass-77"_s));
    CHECK_FALSE(tdb.connect(staff.login, staff.password));
}

TEST_CASE("the password policy is enforced by the server with specific Japanese messages",
          "[staff]")
{
    auto& tdb = TestDatabase::instance();
    const auto staff = tdb.createStaff(u"policy"_s, {u"kohi_clerk_boshi"_s});
    auto s = tdb.connect(staff.login, staff.password);
    REQUIRE(s);
    auto attempt = [&](const QString& newPassword) {
        return s->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                       {utf8(staff.password), utf8(newPassword)});
    };
    const auto tooShort = attempt(u"Ab1!x"_s);
    CHECK_FALSE(tooShort.ok);
    CHECK(
        tooShort.errorMessage.contains(u"パスワードは12文字以上にしてください（入力は5文字）。"_s));

    const auto twoKinds = attempt(u"abcdefghijkl12"_s);
    CHECK_FALSE(twoKinds.ok);
    CHECK(twoKinds.errorMessage.contains(
        u"英大文字・英小文字・数字・記号のうち3種類以上を含めてください（入力は2種類）。"_s));

    const auto withId = attempt(u"X9!"_s + staff.login.toUpper() + u"zz"_s);
    CHECK_FALSE(withId.ok);
    CHECK(withId.errorMessage.contains(u"パスワードにユーザーIDを含めることはできません。"_s));

    const auto fullWidth = attempt(u"Ｐａｓｓｗｏｒｄ１２３４５!"_s);
    CHECK_FALSE(fullWidth.ok);
    CHECK(fullWidth.errorMessage.contains(u"全角文字は使えません"_s));

    const auto same = attempt(staff.password);
    CHECK_FALSE(same.ok);
    CHECK(same.errorMessage.contains(u"過去5回以内に使ったパスワードは使えません。"_s));

    // History: change twice, then try to go back to the first one.
    REQUIRE(attempt(u"Second-Pass-2026"_s).ok);
    const auto back = s->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                              {"Second-Pass-2026", utf8(staff.password)});
    CHECK_FALSE(back.ok);
    CHECK(back.errorMessage.contains(u"過去5回以内"_s));
    // The message never echoes the password.
    CHECK_FALSE(back.errorMessage.contains(staff.password));
}

TEST_CASE("an expired password blocks every data function, also from psql", "[staff]")
{
    auto& tdb = TestDatabase::instance();
    const auto staff = tdb.createStaff(u"expired"_s, {u"kohi_clerk_nanbyo"_s});
    auto dba = tdb.admin();
    REQUIRE(dba->exec(u"UPDATE kohi.staff SET password_changed_at = now() - interval '91 days'"
                      " WHERE login = $1"_s,
                      {utf8(staff.login)})
                .ok);
    auto s = tdb.connect(staff.login, staff.password);
    REQUIRE(s); // the login itself works: the client must be able to show the change screen
    const auto info = s->exec(u"SELECT password_change_reason FROM kohi_api.session_info()"_s);
    CHECK(info.first(u"password_change_reason"_s).toString() == u"expired"_s);
    const auto refused = s->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s);
    CHECK_FALSE(refused.ok);
    CHECK(refused.sqlState == u"28P01"_s);
    REQUIRE(s->exec(u"SELECT kohi_api.change_password($1, $2)"_s,
                    {utf8(staff.password), "Renewed-Pass-2026"})
                .ok);
    CHECK(s->exec(u"SELECT * FROM kohi_api.recipient_counts()"_s).ok);
}

TEST_CASE("forbidden things a staff member tries with psql all fail", "[staff][security]")
{
    auto& tdb = TestDatabase::instance();
    int attacks = 0;
    auto refused = [&](kohi::db::Session& s, const QString& sql, const QList<QByteArray>& p = {}) {
        ++attacks;
        const auto r = s.exec(sql, p);
        INFO(s.userId().toStdString()
             << ": " << sql.toStdString() << " -> " << r.errorMessage.toStdString());
        CHECK_FALSE(r.ok);
    };
    const QStringList duties{u"kohi_clerk_nanbyo"_s, u"kohi_clerk_boshi"_s,
                             u"kohi_approver"_s,     u"kohi_mynumber_viewer"_s,
                             u"kohi_auditor"_s,      u"kohi_user_admin"_s};
    for (const QString& duty : duties) {
        const auto staff = tdb.createStaff(u"atk"_s, {duty});
        auto s = tdb.connect(staff.login, staff.password);
        REQUIRE(s);
        for (const char* table : {"recipient", "staff", "setting", "audit_event",
                                  "password_history", "client_session", "environment"}) {
            refused(*s, u"SELECT * FROM kohi.%1"_s.arg(QString::fromLatin1(table)));
            refused(*s, u"DELETE FROM kohi.%1"_s.arg(QString::fromLatin1(table)));
        }
        refused(*s,
                u"INSERT INTO kohi.audit_event (login, action, outcome) VALUES ('x','y','ok')"_s);
        for (const QString& grant : duties)
            refused(*s, u"GRANT %1 TO CURRENT_USER"_s.arg(grant));
        refused(*s, u"SET ROLE kohi_owner"_s);
        refused(*s, u"ALTER ROLE CURRENT_USER CREATEROLE"_s);
        // A bare password change would bypass the policy and history (kohi_auth gate).
        refused(*s, u"ALTER ROLE CURRENT_USER PASSWORD 'x'"_s);
        refused(*s, u"SELECT kohi.kohi_auth_unlock(current_user)"_s);
        refused(*s, u"SELECT kohi.kohi_mynumber_hmac($1)"_s, {"000000000000"});
        refused(*s, u"SELECT kohi.generate_synthetic_recipients(10)"_s);
        refused(*s, u"SELECT kohi.demo_accept_password(current_user)"_s);
        refused(*s, u"SELECT kohi.audit('fake', NULL, 'ok')"_s);
        if (duty != u"kohi_user_admin"_s) {
            refused(*s,
                    u"SELECT kohi_api.user_set_duties(current_user, ARRAY['kohi_user_admin'])"_s);
            refused(*s, u"SELECT kohi_api.setting_set('password_min_length', 8)"_s);
            refused(*s, u"SELECT * FROM kohi_api.user_list()"_s);
        } else {
            // Separation of duties: not even a user administrator administers their own account.
            refused(
                *s,
                u"SELECT kohi_api.user_set_duties(current_user, ARRAY['kohi_user_admin','kohi_approver'])"_s);
            refused(*s, u"SELECT kohi_api.user_reset_password(current_user)"_s);
            refused(*s, u"SELECT kohi_api.user_disable(current_user)"_s);
            refused(*s, u"SELECT kohi_api.user_unlock(current_user)"_s);
        }
    }
    WARN("staff-account attacks tried through raw connections: " << attacks);
    CHECK(attacks > 150);
}

TEST_CASE("row-level security holds even inside the owner's own functions", "[staff][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto nanbyo = tdb.createStaff(u"rls_n"_s, {u"kohi_clerk_nanbyo"_s});
    const auto boshi = tdb.createStaff(u"rls_b"_s, {u"kohi_clerk_boshi"_s});
    auto dba = tdb.admin();
    REQUIRE(dba->exec(u"SELECT kohi.generate_synthetic_recipients(200)"_s).ok);
    // A probe running as the table owner, as a careless future API function would.
    REQUIRE(dba->exec(u"CREATE OR REPLACE FUNCTION kohi.test_probe_programmes() RETURNS text"
                      " LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, kohi AS"
                      " $$ SELECT string_agg(DISTINCT programme, ',' ORDER BY programme)"
                      " FROM kohi.recipient $$"_s)
                .ok);
    REQUIRE(dba->exec(u"ALTER FUNCTION kohi.test_probe_programmes() OWNER TO kohi_owner"_s).ok);
    auto probeAs = [&](const QString& login) {
        REQUIRE(dba->exec(u"SET SESSION AUTHORIZATION "_s + login).ok);
        const auto r = dba->exec(u"SELECT kohi.test_probe_programmes() AS p"_s);
        REQUIRE(dba->exec(u"RESET SESSION AUTHORIZATION"_s).ok);
        REQUIRE(r.ok);
        return r.first(u"p"_s).toString();
    };
    REQUIRE(dba->exec(u"GRANT USAGE ON SCHEMA kohi TO kohi_staff"_s).ok);
    REQUIRE(
        dba->exec(u"GRANT EXECUTE ON FUNCTION kohi.test_probe_programmes() TO kohi_staff"_s).ok);
    CHECK(probeAs(nanbyo.login) == u"54"_s);
    CHECK(probeAs(boshi.login) == u"17,52"_s);
    REQUIRE(dba->exec(u"DROP FUNCTION kohi.test_probe_programmes()"_s).ok);
    REQUIRE(dba->exec(u"REVOKE USAGE ON SCHEMA kohi FROM kohi_staff"_s).ok);

    // Through the API each clerk counts only their own programmes.
    auto s = tdb.connect(nanbyo.login, nanbyo.password);
    const auto counts =
        s->exec(u"SELECT string_agg(programme, ',') AS p FROM kohi_api.recipient_counts()"_s);
    CHECK(counts.first(u"p"_s).toString() == u"54"_s);
}
