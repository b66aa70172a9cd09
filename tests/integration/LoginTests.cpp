// Logging in as one's own role over verified TLS, and what the server tells each role.
#include "db/SessionInfo.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::LoginFailure;
using kohi::test::TestDatabase;

TEST_CASE("a clerk logs in as their own role and the database names the environment", "[login]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"login_clerk"_s, {u"kohi_clerk_nanbyo"_s});
    auto session = tdb.connect(clerk.login, clerk.password);
    REQUIRE(session);
    CHECK(session->userId() == clerk.login);

    const kohi::db::SessionInfo info = kohi::db::SessionInfo::fetch(*session);
    REQUIRE(info.isValid());
    CHECK(info.login == clerk.login);
    CHECK(info.duties == QStringList{u"kohi_clerk_nanbyo"_s});
    CHECK(info.programmes == QStringList{u"54"_s});
    CHECK(info.environmentKind == u"development"_s);
    CHECK(info.environmentName == u"自動テスト用クラスタ"_s);

    // The connection really is TLS.
    const auto ssl =
        session->exec(u"SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    REQUIRE(ssl.ok);
    CHECK(ssl.first(u"ssl"_s).toString() == u"t"_s);
    CHECK(ssl.first(u"version"_s).toString().startsWith(u"TLSv1."_s));
}

TEST_CASE("a 母子G clerk sees programmes 52 and 17 only", "[login]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk = tdb.createStaff(u"login_boshi"_s, {u"kohi_clerk_boshi"_s});
    auto session = tdb.connect(clerk.login, clerk.password);
    REQUIRE(session);
    const auto info = kohi::db::SessionInfo::fetch(*session);
    CHECK(info.programmes == QStringList{u"17"_s, u"52"_s});
}

TEST_CASE("wrong password, unknown user, wrong CA and closed port are told apart", "[login]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto clerk = tdb.createStaff(u"login_wrong"_s, {u"kohi_clerk_nanbyo"_s});
    kohi::db::Session::LoginResult result;

    SECTION("wrong password")
    {
        CHECK_FALSE(tdb.connect(clerk.login, u"not-the-password"_s, &result));
        CHECK(result.failure == LoginFailure::WrongCredentials);
        CHECK(result.message.contains(u"パスワードが正しくありません"_s));
        CHECK_FALSE(result.serverText.contains(u"not-the-password"_s));
    }
    SECTION("unknown user gets the same message as a wrong password")
    {
        CHECK_FALSE(tdb.connect(u"nobody_here"_s, u"whatever"_s, &result));
        CHECK(result.failure == LoginFailure::WrongCredentials);
    }
    SECTION("a server certificate from an unknown CA is refused before any password is sent")
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(u"other-ca.crt"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                     u"ec_paramgen_curve:P-256"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                     u"-subj"_s, u"/CN=Impostor CA"_s, u"-keyout"_s,
                                     dir.filePath(u"k.pem"_s), u"-out"_s, ca});
        REQUIRE(openssl.waitForFinished(30000));
        REQUIRE(openssl.exitCode() == 0);
        auto settings = tdb.settings();
        settings.sslRootCert = ca;
        kohi::db::Session session(settings);
        result = session.open(clerk.login, clerk.password);
        CHECK(result.failure == LoginFailure::CertificateProblem);
        CHECK(result.message.contains(u"証明書"_s));
    }
    SECTION("nothing listening on the port")
    {
        auto settings = tdb.settings();
        settings.port = 1; // privileged port, nothing listens there
        kohi::db::Session session(settings);
        result = session.open(clerk.login, clerk.password);
        CHECK(result.failure == LoginFailure::ServerUnreachable);
        CHECK(result.message.contains(u"接続できません"_s));
    }
}

TEST_CASE("staff roles own nothing and cannot read tables or create objects", "[login][security]")
{
    auto& tdb = TestDatabase::instance();
    const auto clerk =
        tdb.createStaff(u"login_owns"_s, {u"kohi_clerk_nanbyo"_s, u"kohi_user_admin"_s});
    auto s = tdb.connect(clerk.login, clerk.password);
    REQUIRE(s);
    int attempts = 0;
    auto refused = [&](const QString& sql) {
        ++attempts;
        const auto r = s->exec(sql);
        INFO(sql.toStdString() << " -> " << r.errorMessage.toStdString());
        CHECK_FALSE(r.ok);
        return r;
    };
    refused(u"SELECT * FROM kohi.staff"_s);
    refused(u"SELECT * FROM kohi.environment"_s);
    refused(u"UPDATE kohi.environment SET kind = 'production'"_s);
    refused(u"SELECT * FROM kohi_meta.schema_migration"_s);
    refused(u"CREATE TABLE public.x (i int)"_s);
    refused(u"CREATE TEMP TABLE x (i int)"_s);
    refused(u"CREATE FUNCTION kohi_api.evil() RETURNS int LANGUAGE sql AS 'SELECT 1'"_s);
    refused(u"SET ROLE kohi_owner"_s);
    refused(u"GRANT kohi_approver TO CURRENT_USER"_s);
    refused(u"ALTER ROLE CURRENT_USER SUPERUSER"_s);
    refused(u"SELECT kohi.caller_duties()"_s);
    const auto owned =
        s->exec(u"SELECT count(*) AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
                " WHERE r.rolname = current_user"_s);
    REQUIRE(owned.ok);
    CHECK(owned.first(u"n"_s).toString() == u"0"_s);
    const auto owner = s->exec(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = 'kohi_owner'"_s);
    CHECK(owner.first(u"rolcanlogin"_s).toString() == u"f"_s);
    WARN("attacks tried as a staff role: " << attempts);
}
