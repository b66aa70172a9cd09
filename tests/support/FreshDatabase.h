#pragma once

#include "tests/support/TestDatabase.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>

namespace kohi::test {

struct AdminRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// kohi-admin against the test cluster as the database administrator, in the given database
// (empty: the shared test database); overrides replace environment variables (e.g. PGUSER, to
// run as someone else).
AdminRun runAdmin(const QStringList& args, const QString& database,
                  const QList<std::pair<QString, QString>>& overrides = {});

// Links every waiting event into the chain now (kohi_audit.seal(), as the database
// administrator): changes are logged unchained in their own transaction and linked by the
// database's sealer worker shortly after commit; a test that reads kohi.audit_event right after
// an action calls this first. Returns how many events it linked.
qint64 sealAuditLog(db::Session& dba);

// An access-log event in the shape an API function writes it, appended by the database
// administrator through the chain's own kohi_audit.append and sealed (chained and ordered like
// any other).
// For rules and screens that read events whose real producer needs a whole scenario.
void appendAuditEvent(db::Session& dba, const QString& login, const QString& action,
                      const QString& outcome, const QString& detailsJson = QStringLiteral("{}"));

// Synthetic, correctly chained history written set-based by the administrator (as the benchmark
// does): n events spread evenly over [from, to), with the month partitions they need and the
// chain head moved to the last one, in one transaction that holds the chain head (seals what is
// waiting first). Only valid while the chain is older than 'from'.
void appendAuditHistory(db::Session& dba, int n, const QString& from, const QString& to);

// A database of its own in the shared test cluster, migrated from nothing with kohi-admin, for
// tests that change global state (settings, rules, the chain) or need a known-empty log.
// Dropped and recreated on construction; left behind for inspection afterwards.
class FreshDatabase
{
public:
    explicit FreshDatabase(const QString& name, const QString& migrationDir = {});

    QString name() const { return m_name; }
    db::Session& dba() { return *m_dba; }

    // A staff account with the given duties and its password already changed.
    TestDatabase::Staff createStaff(const QString& prefix, const QStringList& duties);
    std::unique_ptr<db::Session> connect(const TestDatabase::Staff& staff) const;
    // The chain head after sealing everything waiting.
    qint64 headSeq();

private:
    QString m_name;
    std::unique_ptr<db::Session> m_dba;
};

} // namespace kohi::test
