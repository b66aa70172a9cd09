// The terminal's kohi.ini carries its certificate (sslcert/sslkey, relative to the file) and the
// client logs in with it; without it the login is refused with the terminal-certificate message.
#include "app/client/ClientConfig.h"
#include "db/LoginFailure.h"
#include "db/Session.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::app::ClientConfig;
using kohi::test::TestDatabase;

namespace {

QString writeIni(const QTemporaryDir& dir, bool withCertificate)
{
    const auto s = TestDatabase::instance().settings();
    const QString path = dir.filePath(u"kohi.ini"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Text));
    QTextStream out(&f);
    out << "[database]\nhost=" << s.host << "\nport=" << s.port << "\nname=" << s.database
        << "\nsslrootcert=" << s.sslRootCert << '\n';
    if (withCertificate)
        out << "sslcert=terminal.crt\nsslkey=terminal.key\n";
    out << "\n[terminal]\nid=declared-by-ini\n";
    return path;
}

} // namespace

TEST_CASE("kohi.ini names the terminal's certificate beside it, and the client logs in with it",
          "[gui][terminal]")
{
    auto& tdb = TestDatabase::instance();
    REQUIRE(tdb.available());
    const auto staff = tdb.createStaff(u"tc_ini"_s, {u"kohi_clerk_nanbyo"_s});
    const auto terminal = tdb.issueTerminal(u"ini-terminal"_s, false);
    QTemporaryDir dir;
    REQUIRE(QFile::copy(terminal.cert, dir.filePath(u"terminal.crt"_s)));
    REQUIRE(QFile::copy(terminal.key, dir.filePath(u"terminal.key"_s)));
    QFile::setPermissions(dir.filePath(u"terminal.key"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const ClientConfig config = ClientConfig::load(writeIni(dir, true));
    CHECK(config.connection.sslCert == dir.filePath(u"terminal.crt"_s));
    CHECK(config.connection.sslKey == dir.filePath(u"terminal.key"_s));
    CHECK(config.connection.problem().isEmpty());
    kohi::db::Session session(config.connection);
    const auto login = session.open(staff.login, staff.password);
    INFO(login.serverText.toStdString());
    REQUIRE(login.ok());
    REQUIRE(
        session
            .exec(u"SELECT kohi_api.session_begin($1)"_s, {config.connection.terminalId.toUtf8()})
            .ok);
    auto dba = tdb.admin();
    REQUIRE(dba);
    REQUIRE(dba->exec(u"SELECT kohi_audit.seal()"_s).ok);
    const auto logged = dba->exec(u"SELECT terminal_id FROM kohi.audit_event WHERE login = $1"
                                  " AND action = 'session_begin'"_s,
                                  {staff.login.toUtf8()});
    REQUIRE(logged.ok);
    REQUIRE(logged.rows.size() == 1);
    CHECK(logged.first(u"terminal_id"_s).toString() == u"ini-terminal"_s);

    // Without the certificate lines: refused, and told why in Japanese.
    QTemporaryDir bare;
    const ClientConfig without = ClientConfig::load(writeIni(bare, false));
    kohi::db::ConnectionSettings settings = without.connection;
    settings.sslCert = bare.filePath(u"none.crt"_s); // not libpq's ~/.postgresql default
    settings.sslKey = bare.filePath(u"none.key"_s);
    kohi::db::Session refused(settings);
    const auto r = refused.open(staff.login, staff.password);
    CHECK(r.failure == kohi::db::LoginFailure::TerminalCertificate);
    CHECK(r.message.contains(u"端末証明書"_s));
}
