#include "tests/bench/BenchCluster.h"

#include <QFile>
#include <QProcess>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kohi::bench {

namespace {
const QString kLocalDb = QStringLiteral(KOHI_SOURCE_DIR "/scripts/localdb.sh");
}

BenchCluster::BenchCluster()
{
    m_dir = m_parent.path() + u"/db"_s;
    QString out;
    if (!run(u"bash"_s, {kLocalDb, u"create"_s, u"--dir"_s, m_dir, u"--extension"_s,
                         QStringLiteral(KOHI_AUTH_SO)}) ||
        !run(u"bash"_s, {kLocalDb, u"env"_s, u"--dir"_s, m_dir, u"--admin"_s}, &out))
        return;
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            m_env.insert(line.left(eq), line.mid(eq + 1));
    }
    m_settings.host = m_env.value(u"PGHOST"_s);
    m_settings.port = m_env.value(u"PGPORT"_s).toInt();
    m_settings.database = m_env.value(u"PGDATABASE"_s);
    m_settings.sslRootCert = m_env.value(u"PGSSLROOTCERT"_s);
    m_settings.applicationName = u"kohi-bench"_s;
    QFile pgpass(m_env.value(u"PGPASSFILE"_s));
    if (pgpass.open(QIODevice::ReadOnly))
        m_adminPassword = QString::fromUtf8(pgpass.readLine().trimmed().split(':').value(4));
    // Staff connect with a password and this cluster's terminal certificate (0023).
    m_settings.sslCert = m_dir + u"/terminal.crt"_s;
    m_settings.sslKey = m_dir + u"/terminal.key"_s;
    m_ok = kohiAdmin({u"migrate"_s}) == 0 &&
           kohiAdmin({u"env"_s, u"set"_s, u"development"_s, u"ベンチマーク"_s}) == 0 &&
           kohiAdmin({u"terminal"_s, u"issue"_s, u"bench-terminal"_s, u"--reveals"_s, u"--cert"_s,
                      m_settings.sslCert, u"--key"_s, m_settings.sslKey}) == 0;
    m_env.insert(u"PGSSLCERT"_s, m_settings.sslCert);
    m_env.insert(u"PGSSLKEY"_s, m_settings.sslKey);
}

BenchCluster::~BenchCluster()
{
    QProcess::execute(u"bash"_s, {kLocalDb, u"destroy"_s, u"--dir"_s, m_dir});
}

std::unique_ptr<db::Session> BenchCluster::admin(const QString& database) const
{
    db::ConnectionSettings settings = m_settings;
    if (!database.isEmpty())
        settings.database = database;
    auto s = std::make_unique<db::Session>(settings);
    if (!s->open(u"kohi_dba"_s, m_adminPassword).ok())
        return nullptr;
    return s;
}

QString BenchCluster::kohiAdminBinary()
{
    return QStringLiteral(KOHI_ADMIN_BIN);
}

int BenchCluster::kohiAdmin(const QStringList& args, const QByteArray& input,
                            const QString& database) const
{
    return run(QStringLiteral(KOHI_ADMIN_BIN), args, nullptr, input, database) ? 0 : 1;
}

bool BenchCluster::run(const QString& program, const QStringList& args, QString* output,
                       const QByteArray& input, const QString& database) const
{
    QProcess p;
    QProcessEnvironment env = m_env;
    if (!database.isEmpty())
        env.insert(u"PGDATABASE"_s, database);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted())
        return false;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    if (output)
        *output = text;
    if (p.exitCode() != 0) {
        m_error = program + u": "_s + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name (field 2) may hold spaces: count the fields after its closing ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return -1;
    const double ticks = double(f.at(11).toLongLong() + f.at(12).toLongLong()); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace kohi::bench
