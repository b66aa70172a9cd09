#include "tests/support/FreshDatabase.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kohi::test {

AdminRun runAdmin(const QStringList& args, const QString& database,
                  const QList<std::pair<QString, QString>>& overrides)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QFile f(TestDatabase::instance().envFile());
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    if (!database.isEmpty())
        env.insert(u"PGDATABASE"_s, database);
    for (const auto& [key, value] : overrides)
        env.insert(key, value);
    p.setProcessEnvironment(env);
    p.start(TestDatabase::instance().value(u"KOHI_ADMIN_BIN"_s), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 sealAuditLog(db::Session& dba)
{
    const db::PgResult r = dba.exec(u"SELECT kohi_audit.seal() AS n"_s);
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    return r.first(u"n"_s).toLongLong();
}

void appendAuditEvent(db::Session& dba, const QString& login, const QString& action,
                      const QString& outcome, const QString& detailsJson)
{
    const db::PgResult r = dba.exec(
        u"SELECT kohi_audit.append($1::name, NULL, 'test-term', $2, NULL, NULL, $3, $4::jsonb)"_s,
        {login.toUtf8(), action.toUtf8(), outcome.toUtf8(), detailsJson.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    sealAuditLog(dba);
}

void appendAuditHistory(db::Session& dba, int n, const QString& from, const QString& to)
{
    // One transaction, nothing waiting and the chain head locked first: the sealer worker
    // (which takes the same lock) links nothing between the history and the moved head.
    sealAuditLog(dba);
    REQUIRE(dba.exec(u"BEGIN"_s).ok);
    REQUIRE(dba.exec(u"SELECT seq FROM kohi_audit.chain_head FOR UPDATE"_s).ok);
    const db::PgResult parts = dba.exec(
        u"SELECT sum(kohi_audit.ensure_partitions(m AT TIME ZONE 'Asia/Tokyo', 0)) AS n"
        " FROM generate_series(date_trunc('month', $1::timestamptz AT TIME ZONE 'Asia/Tokyo'),"
        " $2::timestamptz AT TIME ZONE 'Asia/Tokyo', interval '1 month') m"_s,
        {from.toUtf8(), to.toUtf8()});
    INFO(parts.errorMessage.toStdString());
    REQUIRE(parts.ok);
    const db::PgResult r = dba.exec(
        u"INSERT INTO kohi.audit_event (chain_seq, at, login, client_addr, terminal_id, action,"
        "   target, programme, outcome, details, prev_hash, hash)"
        " SELECT seq, at, login, NULL, terminal_id, action, target, programme, 'ok', details,"
        "        coalesce(lag(hash) OVER (ORDER BY seq), seed), hash"
        " FROM (SELECT g.*, kohi_audit.chain_agg(kohi_audit.event_body(seq, at, login, NULL,"
        "            terminal_id, action, target, programme, 'ok', details), seed)"
        "            OVER (ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hash"
        "       FROM (SELECT h.seq + i AS seq, h.hash AS seed,"
        "                    $2::timestamptz + ($3::timestamptz - $2::timestamptz) * (i - 1) / "
        "$1::int AS at,"
        "                    'history'::name AS login, 'T' || (i % 7) AS terminal_id,"
        "                    'recipient_view' AS action, 'recipient:' || (i % 50) AS target,"
        "                    '54' AS programme, jsonb_build_object('i', i) AS details"
        "             FROM kohi_audit.chain_head h, generate_series(1, $1::int) i) g) c"_s,
        {QByteArray::number(n), from.toUtf8(), to.toUtf8()});
    INFO(r.errorMessage.toStdString());
    REQUIRE(r.ok);
    const db::PgResult head =
        dba.exec(u"UPDATE kohi_audit.chain_head h SET seq = e.chain_seq, hash = e.hash, at = e.at"
                 " FROM (SELECT chain_seq, hash, at FROM kohi.audit_event"
                 "       ORDER BY at DESC, chain_seq DESC LIMIT 1) e"_s);
    INFO(head.errorMessage.toStdString());
    REQUIRE(head.ok);
    const db::PgResult committed = dba.exec(u"COMMIT"_s);
    INFO(committed.errorMessage.toStdString());
    REQUIRE(committed.ok);
}

FreshDatabase::FreshDatabase(const QString& name, const QString& migrationDir) : m_name(name)
{
    auto dba = TestDatabase::instance().admin();
    REQUIRE(dba);
    REQUIRE(dba->exec(u"DROP DATABASE IF EXISTS "_s + name + u" WITH (FORCE)"_s).ok);
    REQUIRE(dba->exec(u"CREATE DATABASE "_s + name).ok);
    QStringList args{u"migrate"_s};
    if (!migrationDir.isEmpty())
        args << u"--dir"_s << migrationDir;
    const AdminRun migrated = runAdmin(args, name);
    INFO(migrated.err.toStdString());
    REQUIRE(migrated.exitCode == 0);
    m_dba = TestDatabase::instance().admin(name);
    REQUIRE(m_dba);
    m_dba->exec(u"UPDATE kohi.environment SET kind = 'development', name = '監査ログ試験'"_s);
    TestDatabase::registerRunTerminal(*m_dba);
}

TestDatabase::Staff FreshDatabase::createStaff(const QString& prefix, const QStringList& duties)
{
    TestDatabase::Staff staff;
    staff.login = u"%1_%2"_s.arg(prefix).arg(QRandomGenerator::global()->bounded(100000000));
    staff.password = u"Audit-pw-%1-Aa9!"_s.arg(QRandomGenerator::global()->bounded(100000000));
    // After an upgrade from an older schema the registry may be new (and empty).
    TestDatabase::registerRunTerminal(*m_dba);
    TestDatabase::createAccount(*m_dba, staff, u"監査試験 "_s + prefix, duties);
    REQUIRE(m_dba
                ->exec(u"UPDATE kohi.staff SET must_change_password = false,"
                       " password_changed_at = now() WHERE login = $1"_s,
                       {staff.login.toUtf8()})
                .ok);
    return staff;
}

std::unique_ptr<db::Session> FreshDatabase::connect(const TestDatabase::Staff& staff) const
{
    auto settings = TestDatabase::instance().settings();
    settings.database = m_name;
    auto session = std::make_unique<db::Session>(settings);
    const auto r = session->open(staff.login, staff.password);
    INFO(r.serverText.toStdString());
    REQUIRE(r.ok());
    return session;
}

qint64 FreshDatabase::headSeq()
{
    sealAuditLog(*m_dba);
    const db::PgResult r = m_dba->exec(u"SELECT seq FROM kohi_audit.chain_head"_s);
    REQUIRE(r.ok);
    return r.first(u"seq"_s).toLongLong();
}

} // namespace kohi::test
