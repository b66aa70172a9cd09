// installer/server templates (issue 14): every setting in postgresql.kohi.conf is a real
// PostgreSQL 15 or kohi_auth setting (a typo would be ignored by the server with only a log line),
// the lines that keep parameters out of the logs are there with the right values, and
// pg_hba.kohi.conf lets nothing in without TLS and SCRAM.
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using kohi::test::TestDatabase;

namespace {
QStringList lines(const QString& name)
{
    QFile f(TestDatabase::instance().value(u"KOHI_SOURCE_DIR"_s) + u"/installer/server/"_s + name);
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(f.readAll()).split(u'\n');
}
} // namespace

TEST_CASE("the server configuration template names only real settings and never logs parameters",
          "[server-template]")
{
    REQUIRE(TestDatabase::instance().available());
    static const QRegularExpression setting(uR"(^([a-z_.]+)\s*=\s*('[^']*'|\S+))"_s);
    QHash<QString, QString> values;
    for (const QString& line : lines(u"postgresql.kohi.conf"_s)) {
        const auto m = setting.match(line);
        if (m.hasMatch())
            values.insert(m.captured(1), m.captured(2).remove(u'\''));
    }
    REQUIRE(values.size() > 20);
    auto dba = TestDatabase::instance().admin();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto r = dba->exec(u"SELECT count(*) AS n FROM pg_settings WHERE name = $1"_s,
                                 {it.key().toUtf8()});
        INFO(it.key().toStdString());
        CHECK(r.first(u"n"_s).toString() == u"1"_s);
    }
    CHECK(values.value(u"log_parameter_max_length"_s) == u"0"_s);
    CHECK(values.value(u"log_parameter_max_length_on_error"_s) == u"0"_s);
    CHECK(values.value(u"log_statement"_s) == u"none"_s);
    CHECK(values.value(u"log_min_duration_statement"_s) == u"-1"_s);
    CHECK(values.value(u"shared_preload_libraries"_s) == u"kohi_auth"_s);
    CHECK(values.value(u"password_encryption"_s) == u"scram-sha-256"_s);
    CHECK(values.value(u"ssl"_s) == u"on"_s);
    CHECK(values.value(u"kohi_auth.password_change_role"_s) == u"kohi_owner"_s);
    CHECK(values.value(u"max_worker_processes"_s).toInt() >= 10);
}

TEST_CASE("the pg_hba template admits only TLS with SCRAM (or the local OS administrator), and "
          "staff only with a terminal certificate as well",
          "[server-template]")
{
    int admitting = 0;
    int staffLines = 0;
    for (const QString& raw : lines(u"pg_hba.kohi.conf"_s)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(QRegularExpression(u"\\s+"_s));
        INFO(line.toStdString());
        if (f.last() == u"reject"_s)
            continue;
        ++admitting;
        if (f.first() == u"local"_s) {
            CHECK(f.value(2) == u"postgres"_s);
            CHECK(f.last() == u"peer"_s);
        } else {
            CHECK(f.first() == u"hostssl"_s);
            CHECK(line.contains(u"scram-sha-256"_s));
        }
        // Staff: the password and the terminal's certificate (0023), two factors.
        if (f.value(2) == u"+kohi_staff"_s) {
            ++staffLines;
            CHECK(f.last() == u"clientcert=verify-ca"_s);
        }
    }
    CHECK(admitting >= 3);
    CHECK(staffLines >= 1);
}
