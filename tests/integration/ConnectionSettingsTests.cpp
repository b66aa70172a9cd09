// Several database hosts (issue 14, item 4): kohi.ini, the libpq environment and conninfo
// strings name a primary and its standbys; every connection asks for the one accepting writes.
#include "db/ConnInfo.h"
#include "db/ConnectionSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::db::ConnectionSettings;
using kohi::db::ConnInfo;

TEST_CASE("a conninfo with several hosts and ports asks libpq for the server accepting writes",
          "[failover]")
{
    const ConnInfo info =
        ConnInfo::parse(u"host=db1,db2 port=5432,5433 dbname=kohi sslrootcert=/dev/null"_s);
    REQUIRE(info.error.isEmpty());
    CHECK(info.settings.hosts() == QStringList{u"db1"_s, u"db2"_s});
    CHECK(info.settings.ports == QList<int>{5432, 5433});
    CHECK(info.settings.portText() == u"5432,5433"_s);
    const QString options = info.settings.connectOptions();
    CHECK(options.contains(u"target_session_attrs=read-write"_s));
    CHECK(options.contains(u"port=5432,5433"_s));
    CHECK(info.settings.problem().isEmpty());

    // One port for every host, and a single host, still never a read-only standby.
    const ConnInfo shared = ConnInfo::parse(u"host=db1,db2 port=5432 sslrootcert=/dev/null"_s);
    CHECK(shared.settings.ports.isEmpty());
    CHECK(shared.settings.port == 5432);
    CHECK_FALSE(shared.settings.connectOptions().contains(u"port="_s));
    CHECK(shared.settings.problem().isEmpty());
    CHECK(ConnInfo::parse(u"host=db1 sslrootcert=/dev/null"_s)
              .settings.connectOptions()
              .contains(u"target_session_attrs=read-write"_s));
}

TEST_CASE("host and port lists that do not fit together are refused with a reason", "[failover]")
{
    const ConnInfo mismatch =
        ConnInfo::parse(u"host=db1,db2,db3 port=5432,5433 sslrootcert=/dev/null"_s);
    REQUIRE(mismatch.error.isEmpty());
    CHECK(mismatch.settings.problem().contains(u"ホストの数（3）とポートの数（2）"_s));
    const ConnInfo badPort = ConnInfo::parse(u"host=db1,db2 port=5432,x"_s);
    CHECK(badPort.error.contains(u"ポートの指定が正しくありません"_s));
    ConnectionSettings empty;
    empty.host = u"db1,,db2"_s;
    empty.sslRootCert = u"/dev/null"_s;
    CHECK(empty.problem().contains(u"空の項目"_s));
}

TEST_CASE("kohi.ini names the primary and the standby", "[failover]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kohi.ini"_s);
    {
        // As IT writes it (QSettings reads an unquoted value with commas as a list).
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("[database]\nhost=db1.pref.example.lg.jp,db2.pref.example.lg.jp\n"
                   "port=5432,5433\nsslrootcert=/dev/null\n");
    }
    QSettings ini(path, QSettings::IniFormat);
    const ConnectionSettings s = ConnectionSettings::fromSettings(ini);
    CHECK(s.hosts().size() == 2);
    CHECK(s.ports == QList<int>{5432, 5433});
    CHECK(s.problem().isEmpty());
}
