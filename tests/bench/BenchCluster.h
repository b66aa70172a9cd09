#pragma once

#include "db/ConnectionSettings.h"
#include "db/Session.h"
// Tests attack through raw SQL, as a user with psql would.
#include "db/internal/RawSql.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace kohi::bench {

// A throwaway PostgreSQL 15 cluster for one benchmark run (scripts/localdb.sh + kohi-admin
// migrate), removed at the end. Benchmarks never touch a developer's database.
class BenchCluster
{
public:
    BenchCluster();
    ~BenchCluster();
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    db::ConnectionSettings settings() const { return m_settings; }
    std::unique_ptr<db::Session> admin(const QString& database = {}) const;
    QString adminPassword() const { return m_adminPassword; } // throwaway cluster's superuser
    // Runs kohi-admin with the cluster's environment (in another database of the cluster if
    // given); returns its exit code.
    int kohiAdmin(const QStringList& args, const QByteArray& input = {},
                  const QString& database = {}) const;
    // The cluster's libpq environment and the kohi-admin binary, for runs as another login.
    QProcessEnvironment environment() const { return m_env; }
    static QString kohiAdminBinary();

private:
    bool run(const QString& program, const QStringList& args, QString* output = nullptr,
             const QByteArray& input = {}, const QString& database = {}) const;
    QTemporaryDir m_parent{QStringLiteral("/tmp/kohi-bench-XXXXXX")};
    QString m_dir;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    db::ConnectionSettings m_settings;
    QString m_adminPassword;
    bool m_ok = false;
    mutable QString m_error;
};

// CPU time (user + system) a process of this machine has used so far, in milliseconds, from
// /proc (the cluster's backends and workers are local processes); -1 if it cannot be read.
// Unlike wall time it does not grow with the load of other processes on the machine.
double processCpuMs(qint64 pid);

} // namespace kohi::bench
