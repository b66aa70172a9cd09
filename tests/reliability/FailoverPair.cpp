#include "tests/reliability/FailoverPair.h"

#include "tests/support/TestDatabase.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kohi::test {

const QString FailoverPair::clerkLogin = u"fo_clerk"_s;
const QString FailoverPair::clerkPassword = u"Failover-Pass-2026!"_s;

namespace {

QString localdb()
{
    return TestDatabase::instance().value(u"KOHI_LOCALDB_SCRIPT"_s);
}

int portOf(const QString& dir)
{
    QFile conf(dir + u"/data/postgresql.conf"_s);
    REQUIRE(conf.open(QIODevice::ReadOnly));
    int port = 0; // the last "port = " line wins, as for the server
    for (const QByteArray& line : conf.readAll().split('\n')) {
        if (line.startsWith("port = "))
            port = line.mid(7).split(' ').value(0).toInt();
    }
    REQUIRE(port > 0);
    return port;
}

} // namespace

FailoverPair::FailoverPair() : m_primary(u"フェイルオーバー試験"_s)
{
    m_primary.admin({u"user"_s, u"create"_s, clerkLogin, u"--name"_s, u"切替 職員"_s, u"--duty"_s,
                     u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                    (clerkPassword + u'\n').toUtf8());
    REQUIRE(m_primary.dba()
                ->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                       " password_changed_at = now()"_s)
                .ok);
    m_standbyDir = m_standbyParent.path() + u"/db"_s;
    QProcess standby;
    standby.start(u"bash"_s, {localdb(), u"standby"_s, u"--dir"_s, m_standbyDir, u"--primary"_s,
                              m_primary.directory(), u"--sync"_s});
    REQUIRE(standby.waitForFinished(180000));
    INFO(standby.readAllStandardError().toStdString());
    REQUIRE(standby.exitCode() == 0);
    m_primaryPort = portOf(m_primary.directory());
    m_standbyPort = portOf(m_standbyDir);
}

FailoverPair::~FailoverPair()
{
    if (m_failover.state() != QProcess::NotRunning)
        m_failover.waitForFinished(120000);
    QProcess::execute(u"bash"_s, {localdb(), u"destroy"_s, u"--dir"_s, m_standbyDir});
}

db::ConnectionSettings FailoverPair::bothServers() const
{
    db::ConnectionSettings both = m_primary.settings();
    both.host = u"127.0.0.1,127.0.0.1"_s;
    both.ports = {m_primaryPort, m_standbyPort};
    both.connectTimeoutSeconds = 5;
    both.reconnectSeconds = 90;
    return both;
}

void FailoverPair::startFailover()
{
    m_failover.start(u"bash"_s,
                     {u"-c"_s,
                      u"\"$0\" kill --dir \"$1\" && sleep 1 && \"$0\" promote --dir \"$2\""_s,
                      localdb(), m_primary.directory(), m_standbyDir});
    REQUIRE(m_failover.waitForStarted());
}

void FailoverPair::waitForFailover()
{
    REQUIRE(m_failover.waitForFinished(120000));
    INFO(m_failover.readAllStandardError().toStdString());
    REQUIRE(m_failover.exitCode() == 0);
}

std::unique_ptr<db::Session> FailoverPair::promotedDba() const
{
    db::ConnectionSettings promoted = m_primary.settings();
    promoted.port = m_standbyPort;
    auto dba = std::make_unique<db::Session>(promoted);
    const auto r = dba->open(u"kohi_dba"_s, m_primary.dbaPassword());
    INFO(r.serverText.toStdString());
    REQUIRE(r.ok());
    return dba;
}

int FailoverPair::verifyAuditOnPromoted(QString* out) const
{
    QProcessEnvironment env = m_primary.environment();
    env.insert(u"PGPORT"_s, QString::number(m_standbyPort));
    env.insert(u"PGPASSFILE"_s, m_standbyDir + u"/dba.pgpass"_s);
    QProcess verify;
    verify.setProcessEnvironment(env);
    verify.start(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s), {u"audit"_s, u"verify"_s});
    REQUIRE(verify.waitForFinished(120000));
    *out = QString::fromUtf8(verify.readAllStandardOutput() + verify.readAllStandardError());
    return verify.exitCode();
}

} // namespace kohi::test
