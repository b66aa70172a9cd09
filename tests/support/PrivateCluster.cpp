#include "tests/support/PrivateCluster.h"

#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

using namespace Qt::StringLiterals;

namespace kohi::test {

namespace {

QString run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
            const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    INFO(program.toStdString() << " " << args.join(u' ').toStdString() << "\n"
                               << out.toStdString());
    REQUIRE(p.exitCode() == 0);
    return out;
}

} // namespace

PrivateCluster::PrivateCluster(const QString& environmentName)
{
    m_dir = m_parent.path() + u"/db"_s;
    m_script = TestDatabase::instance().value(u"KOHI_LOCALDB_SCRIPT"_s);
    run(u"bash"_s,
        {m_script, u"create"_s, u"--dir"_s, m_dir, u"--extension"_s,
         TestDatabase::instance().value(u"KOHI_AUTH_SO"_s)},
        m_env);
    const QString lines =
        run(u"bash"_s, {m_script, u"env"_s, u"--dir"_s, m_dir, u"--admin"_s}, m_env);
    for (const QString& line : lines.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            m_env.insert(line.left(eq), line.mid(eq + 1));
    }
    m_settings.host = m_env.value(u"PGHOST"_s);
    m_settings.port = m_env.value(u"PGPORT"_s).toInt();
    m_settings.database = m_env.value(u"PGDATABASE"_s);
    m_settings.sslRootCert = m_env.value(u"PGSSLROOTCERT"_s);
    QFile pgpass(m_env.value(u"PGPASSFILE"_s));
    REQUIRE(pgpass.open(QIODevice::ReadOnly));
    m_dbaPassword = QString::fromUtf8(pgpass.readLine().trimmed().split(':').value(4));
    admin({u"migrate"_s});
    admin({u"env"_s, u"set"_s, u"development"_s, environmentName});
    // Staff log in with a password and this cluster's terminal certificate (the second factor).
    const QString terminalDir = m_dir + u"/terminal"_s;
    REQUIRE(QDir().mkpath(terminalDir));
    m_settings.sslCert = terminalDir + u"/terminal.crt"_s;
    m_settings.sslKey = terminalDir + u"/terminal.key"_s;
    admin({u"terminal"_s, u"issue"_s, u"test-terminal"_s, u"--reveals"_s, u"--cert"_s,
           m_settings.sslCert, u"--key"_s, m_settings.sslKey});
    m_env.insert(u"PGSSLCERT"_s, m_settings.sslCert);
    m_env.insert(u"PGSSLKEY"_s, m_settings.sslKey);
}

PrivateCluster::~PrivateCluster()
{
    QProcess::execute(u"bash"_s, {m_script, u"destroy"_s, u"--dir"_s, m_dir});
}

QString PrivateCluster::admin(const QStringList& args, const QByteArray& input)
{
    return run(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s), args, m_env, input);
}

int PrivateCluster::tryAdmin(const QStringList& args, QString* output)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(300000));
    *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode();
}

std::unique_ptr<db::Session> PrivateCluster::dba() const
{
    auto s = std::make_unique<db::Session>(m_settings);
    const auto r = s->open(u"kohi_dba"_s, m_dbaPassword);
    INFO(r.serverText.toStdString());
    REQUIRE(r.ok());
    return s;
}

void PrivateCluster::restart()
{
    run(u"bash"_s, {m_script, u"stop"_s, u"--dir"_s, m_dir}, m_env);
    run(u"bash"_s, {m_script, u"start"_s, u"--dir"_s, m_dir}, m_env);
}

void PrivateCluster::waitUntilReady()
{
    for (int i = 0; i < 300; ++i) {
        db::Session s(m_settings);
        if (s.open(u"kohi_dba"_s, m_dbaPassword).ok())
            return;
        QThread::msleep(100);
    }
    FAIL("the server did not accept connections within 30 s");
}

db::Session::LoginResult PrivateCluster::login(const QString& user, const QString& password) const
{
    db::Session s(m_settings);
    return s.open(user, password);
}

} // namespace kohi::test
